/// Everything `followup` read from one note: its front matter and the records found in its body.
public struct Note: Hashable, Sendable {
    /// The path as given on the command line (or found under a given folder).
    public var path: String
    public var frontMatter: FrontMatter
    public var commitments: [Commitment]
    public var asks: [Ask]
    public var skills: [Skill]
    public var referrals: [Referral]
    /// Front-matter issues, then those the body says the person cares about; lower-cased, no duplicates.
    public var issues: [String]
    public var dates: [DateReference]

    public var person: String { frontMatter.person }
    public var date: CalendarDay { frontMatter.date }

    /// The note's file name without its extension: the stem of generated files.
    public var stem: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
