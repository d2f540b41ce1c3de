import Testing

@testable import FollowUpKit

@Suite("JSON output")
struct JSONValueTests {
    @Test("Strings are escaped, keys keep their order")
    func escaping() {
        let value = JSONValue.object([("b", .string("say \"hi\"\n\\ \u{1}")), ("a", .array([.null, .bool(true), .int(3)]))])
        #expect(value.serialized() == #"{"b":"say \"hi\"\n\\ \u0001","a":[null,true,3]}"#)
    }

    @Test("Pretty output is indented two spaces and ends without a newline")
    func pretty() {
        #expect(JSONValue.object([("a", .array([]))]).pretty() == "{\n  \"a\": []\n}")
    }
}
