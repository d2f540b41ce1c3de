/// Everything the finder saw in one sentence.
struct DateScan: Sendable {
    /// Day mentions, in order of appearance.
    var mentions: [DateMention]
    /// Times not joined to any day phrase ("at 7pm" alone), in order of appearance.
    var looseTimes: [TimeOfDay]
}
