import LiabilityGraph
import Testing

/// The item-by-item, fact-by-fact comparison of two chains.
@Suite struct ChainDiffTests {
  func document(_ text: String) throws -> Document {
    try #require(
      Loader.load(
        bytes: Array(("format: liability-graph/1\n" + text).utf8), file: "t.yaml", json: false
      )
      .document)
  }

  @Test(arguments: [
    // (before, after, expected: "change section id [keys]")
    ("title: A", "title: B", [String]()),
    (
      "parties: [{id: a, name: A}]", "parties: [{id: a, name: A, kind: company}]",
      ["changed parties a kind"]
    ),
    (
      "parties: [{id: a, name: A}]", "parties: [{id: b, name: B}]",
      ["removed parties a", "added parties b"]
    ),
    // A nested fact (a lineage link's relation) is a change of its key.
    (
      "parties: [{id: p, name: P}]\nmodels: [{id: b, name: B, developer: p}, {id: m, name: M, developer: p, derived_from: [{model: b, relation: finetune}]}]",
      "parties: [{id: p, name: P}]\nmodels: [{id: b, name: B, developer: p}, {id: m, name: M, developer: p, derived_from: [{model: b, relation: adapter}]}]",
      ["changed models m derived_from"]
    ),
    ("parties: [{id: a, name: A}]", "parties: [{id: a, name: A}]", []),
  ])
  func changes(before: String, after: String, expected: [String]) throws {
    let diff = ChainDiff.between(try document(before), try document(after))
    #expect(
      diff.items.map {
        "\($0.change.rawValue) \($0.section) \($0.id)"
          + ($0.facts.isEmpty ? "" : " " + $0.facts.map(\.key).joined(separator: ","))
      } == expected)
  }

  @Test func theChainsOwnFactsAreCompared() throws {
    let diff = ChainDiff.between(try document("title: A"), try document("title: B"))
    #expect(diff.header.map(\.key) == ["title"])
    #expect(diff.header.first?.old == "\"A\"" && diff.header.first?.new == "\"B\"")
  }
}
