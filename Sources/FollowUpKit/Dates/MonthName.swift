/// A month of the year, numbered January = 1.
enum MonthName: Int, Sendable, CaseIterable {
    case january = 1, february, march, april, may, june
    case july, august, september, october, november, december
}
