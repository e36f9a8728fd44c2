import Foundation
import LiabilityGraph
import Testing

@testable import LiabilityInterop

/// The one assembler every importer builds with: ids, parties, licenses,
/// lineage and text, each on the smallest chain that shows it.
@Suite struct ChainAssemblerTests {
  static let here = SourceLocation(file: "in.txt", line: 3, column: 2)

  func model(_ id: String, _ chain: inout ChainAssembler) {
    let developer = chain.organization("Lab", unattributed: "nobody", at: Self.here)
    chain.add(Model(id: id, name: id, developer: developer, fact: Fact(location: Self.here)))
  }

  /// The links each model is left with, as `model: base/relation` lines.
  func lineage(_ chain: ChainAssembler) -> [String] {
    chain.document.models.flatMap { model in
      model.derivedFrom.map { "\(model.id): \($0.base)/\($0.relation?.rawValue ?? "-")" }
    }
  }

  @Test func aTakenIdGetsThePrefixThenANumber() {
    var chain = ChainAssembler(title: "t")
    let first = chain.claim("acme/x")
    let again = chain.claim("acme/x")
    let dataset = chain.mint("acme/x", prefix: "datasets/", what: "dataset", at: Self.here)
    let second = chain.mint("acme/x", prefix: "datasets/", what: "dataset", at: Self.here)
    let cleaned = chain.mint("not an id!", what: "model", at: Self.here)
    #expect(first)
    #expect(!again)
    #expect(dataset == "datasets/acme/x")
    #expect(second == "datasets/acme/x-2")
    #expect(cleaned == "not-an-id")
    #expect(chain.diagnostics.map(\.code) == [.renamedID, .renamedID])
    #expect(chain.diagnostics.first?.location == Self.here)
  }

  @Test func namesThatGiveOneIdAreOneParty() {
    var chain = ChainAssembler(title: "t")
    let a = chain.organization("Acme Inc", unattributed: "nobody", at: Self.here)
    let b = chain.organization("ACME, inc", unattributed: "nobody", at: Self.here)
    let none = chain.organization(" ", unattributed: "Nobody named", at: Self.here)
    #expect(a == "org:acme-inc")
    #expect(b == a)
    #expect(none == "unattributed")
    #expect(chain.document.parties.map(\.name) == ["Acme Inc", "Nobody named"])
  }

  @Test(
    arguments: [
      ("Apache-2.0", ChainAssembler.UnknownLicense.record, "Apache-2.0", [DiagnosticCode]()),
      ("Apache 2.0", .record, "Apache-2.0", []),
      ("Our Own", .record, "our-own", [.unknownLicense]),
      ("Our Own", .leaveOut, nil, [.unknownLicense]),
    ] as [(String, ChainAssembler.UnknownLicense, String?, [DiagnosticCode])])
  func licenses(
    text: String, unknown: ChainAssembler.UnknownLicense, id: String?, codes: [DiagnosticCode]
  ) {
    var chain = ChainAssembler(title: "t")
    let made = chain.license(text, at: Self.here, unknown: unknown)
    #expect(made == id)
    #expect(chain.diagnostics.map(\.code) == codes)
    #expect(
      chain.document.licenses.map(\.id) == (unknown == .record && !codes.isEmpty ? [id ?? ""] : []))
  }

  // The one walk: the link that closes a cycle is left out and said; the
  // rest of the lineage stays.
  @Test func aCycleLosesTheLinkThatClosesIt() {
    var chain = ChainAssembler(title: "t")
    for id in ["a", "b", "c"] { model(id, &chain) }
    chain.link("a", to: "b", relation: .finetune, at: Self.here)
    chain.link("b", to: "c", relation: .finetune, at: Self.here)
    chain.link("c", to: "a", relation: .finetune, at: Self.here)
    chain.complete()
    #expect(lineage(chain) == ["a: b/finetune", "b: c/finetune"])
    #expect(chain.diagnostics.map(\.code) == [.lineageCycle])
    #expect(chain.document.models.map(\.lineageStated) == [true, true, false])
    #expect(Loader.check(chain.document).errors.isEmpty)
  }

  @Test(
    arguments: [
      // Two unstated ancestors are a merge, marked assumed.
      ([("b", nil), ("c", nil)], ["a: b/merge", "a: c/merge"], [DiagnosticCode](), 2),
      // A stated merge of one is a fine-tune.
      ([("b", .merge)], ["a: b/finetune"], [.lineageRelation], 1),
      // A second fine-tune base is left out; a stated one wins over an assumed one.
      ([("b", nil), ("c", .finetune)], ["a: c/finetune"], [.lineageRelation], 0),
      // A self-link is left out when it is made.
      ([("a", .finetune)], [], [.lineageCycle], 0),
    ] as [([(String, LineageRelation?)], [String], [DiagnosticCode], Int)])
  func lineageAsTheFormatHoldsIt(
    links: [(String, LineageRelation?)], expected: [String], codes: [DiagnosticCode],
    assumed: Int
  ) {
    var chain = ChainAssembler(title: "t")
    for id in ["a", "b", "c"] { model(id, &chain) }
    for (base, relation) in links {
      chain.link(
        "a", to: base, relation: relation, because: "the source does not say", at: Self.here)
    }
    chain.complete()
    #expect(lineage(chain) == expected)
    #expect(chain.diagnostics.map(\.code) == codes)
    let marked = chain.document.models[0].derivedFrom.filter {
      $0.fact.extra.first?.key == "relation_assumed"
    }
    #expect(marked.count == assumed)
    #expect(Loader.check(chain.document).errors.isEmpty)
  }

  // A reference listed twice is kept once and said, as the loader would
  // read it: what is made reads back the same once written.
  @Test func aReferenceListedTwiceIsKeptOnce() {
    var chain = ChainAssembler(title: "t")
    let developer = chain.organization("Lab", unattributed: "nobody", at: Self.here)
    chain.add(Dataset(id: "d", name: "D", fact: Fact(location: Self.here)))
    chain.add(Source(id: "card", title: "Card", fact: Fact(location: Self.here)))
    let data = Reference(id: "d", location: Self.here)
    chain.add(
      Model(
        id: "m", name: "M", developer: developer, trainedOn: [data, data],
        fact: Fact(
          sources: ["card", "card"], location: Self.here)))
    chain.complete()
    #expect(chain.document.models[0].trainedOn.map(\.id) == ["d"])
    #expect(chain.document.models[0].fact.sources == ["card"])
    #expect(chain.diagnostics.map(\.code) == [.listedTwice])
    let text = DocumentWriter.text(chain.document, as: .yaml)
    let again = Loader.load(bytes: Array(text.utf8), file: "m.yaml", json: false)
    #expect(again.diagnostics.isEmpty, "\(again.diagnostics)")
    #expect(again.document.map { DocumentWriter.text($0, as: .yaml) } == text)
  }

  @Test func textIsMadeWhatTheFormatAccepts() {
    var chain = ChainAssembler(title: "t")
    let developer = chain.organization("Lab", unattributed: "nobody", at: Self.here)
    let long = String(repeating: "n", count: SyntaxLimits.maxNameCharacters + 5)
    chain.add(
      Model(
        id: "m", name: long, developer: developer, description: "bell\u{7} here",
        fact: Fact(location: Self.here)))
    chain.complete()
    #expect(chain.document.models[0].name.count == SyntaxLimits.maxNameCharacters)
    #expect(chain.document.models[0].description == "bell here")
    #expect(chain.diagnostics.map(\.code) == [.controlCharacter, .inputLimit])
    let text = DocumentWriter.text(chain.document, as: .yaml)
    #expect(Loader.load(bytes: Array(text.utf8), file: "m.yaml", json: false).errors.isEmpty)
  }

  // An importer's own codes, each on the smallest input that has it.
  @Test func anAssetOfAnotherTypeIsSaid() throws {
    let file = try writeTemporary("- type: hardware\n  name: TPU\n", "assets.yaml")
    defer { try? FileManager.default.removeItem(at: file) }
    let result = EcosystemGraphsImport.read(paths: [file.path])
    #expect(result.diagnostics.map(\.code) == [.unsupportedItem], "\(result.printed)")
    #expect(
      result.diagnostics.first?.location == SourceLocation(file: file.path, line: 1, column: 3))
  }
}
