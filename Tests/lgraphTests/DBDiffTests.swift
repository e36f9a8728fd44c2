import Foundation
import Testing

/// `lgraph db diff` and what a re-import says it changed, run as a user
/// would.
@Suite struct DBDiffTests {
  @Test func aReimportSaysWhichFactsChangedAndDiffListsThem() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let chain = folder.appendingPathComponent("chain.yaml")
    let store = folder.appendingPathComponent("s.sqlite").path
    func write(_ parameters: String, license: String, extra: String = "") throws {
      try """
      format: liability-graph/1
      title: A chain
      parties:
        - {id: acme, name: Acme, jurisdictions: [US]}
      models:
        - {id: m, name: M, developer: acme, parameters: \(parameters), license: \(license), derived_from: []}
      \(extra)
      """.write(to: chain, atomically: true, encoding: .utf8)
    }
    try write("7.0e9", license: "MIT")
    #expect(try lgraph(["db", "import", chain.path, "--db", store]).status == 0)
    try write(
      "7.2e9", license: "Apache-2.0",
      extra: "products:\n  - {id: app, name: App, vendor: acme, uses: [m], markets: [US]}")
    let second = try lgraph(["db", "import", chain.path, "--db", store])
    #expect(second.status == 0, "\(second.stderr)")
    #expect(second.stdout.contains("  changed m: license, parameters\n"), "\(second.stdout)")
    #expect(second.stdout.contains("  added: app"), "\(second.stdout)")
    let diff = try lgraph(["db", "diff", "1", "2", "--db", store])
    #expect(diff.status == 0, "\(diff.stderr)")
    #expect(
      diff.stdout == """
        Changes from revision 1 to revision 2:
          changed model m
            license: "MIT" -> "Apache-2.0"
            parameters: 7000000000 -> 7200000000
          added product app
        1 added, 0 removed, 1 changed

        """)
    let json = try lgraph(["db", "diff", "1", "--db", store, "--format", "json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["to"] as? String == "revision 2")
    let items = try #require(object["items"] as? [[String: Any]])
    #expect(items.map { $0["id"] as? String } == ["m", "app"])
    // A date names the last revision recorded that day; the same revision
    // twice: nothing changed.
    let same = try lgraph(["db", "diff", "2", "2", "--db", store])
    #expect(same.stdout.contains("nothing changed"))
    let bad = try lgraph(["db", "diff", "yesterday", "--db", store])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("'yesterday' is not a revision number or a date"))
  }
}
