import Foundation
import LiabilityGraph
import Testing

@testable import LiabilityInterop

@Suite struct EcosystemGraphsImportTests {
  /// Assets in the ecosystem-graphs shape, with its dirt: a field as a
  /// {value, explanation} pair, a duplicate, a near-miss name, a dangling
  /// name, a self-loop and a cycle.
  static let assets = """
    - type: dataset
      name: Web Corpus
      organization: Lab
      nationality: USA
      created_date: 2022-01-10
      license: CC BY 4.0
      dependencies: []
    - type: model
      name: Base LM
      organization: Lab
      nationality: USA
      access:
        value: open
        explanation: Weights on the hub [[Card]](https://example.org/base-lm).
      created_date: 2022-03-01
      license: Apache 2.0
      dependencies: [Web Corpus, Base LM]
    - type: model
      name: Chat LM
      organization: Tuner, Lab
      nationality: UK
      access: limited
      created_date: 2022-05-01
      dependencies: [base lm, Missing Data]
    - type: model
      name: Loop A
      organization: Lab
      dependencies: [Loop B]
    - type: model
      name: Loop B
      organization: Lab
      dependencies: [Loop A]
    - type: application
      name: Chat API
      organization: Tuner
      dependencies: [Chat LM]
    - type: application
      name: Chat App
      organization: AppCo
      nationality: Atlantis
      dependencies: [Chat API]
    - type: model
      name: Base LM
      organization: Someone Else
      dependencies: []
    """

  @Test func assetsBecomeAChain() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lgraph-eg-\(UUID().uuidString).yaml")
    try Self.assets.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let result = EcosystemGraphsImport.read(paths: [file.path])
    #expect(result.has(.duplicateID, line: 42, naming: "Base LM"), "\(result.printed)")
    #expect(result.has(.lineageCycle, line: 17, naming: "Base LM"), "\(result.printed)")
    #expect(result.has(.nearMatch, line: 24, naming: "base lm", "Chat LM", "Base LM"))
    #expect(result.has(.unknownReference, line: 24, naming: "Missing Data", "Chat LM"))
    // The self-loop, and the cycle of two.
    #expect(result.count(.lineageCycle) == 2, "\(result.printed)")
    #expect(result.has(.invalidJurisdiction, naming: "Atlantis"), "\(result.printed)")
    let document = try importedDocument(result)
    let base = try #require(document.models.first { $0.name == "Base LM" })
    #expect(base.weights == .open)
    #expect(base.license == "Apache-2.0")
    #expect(base.trainedOn.map(\.id) == ["web-corpus"])
    #expect(base.fact.sources == ["eg:base-lm:access"])
    let chat = try #require(document.models.first { $0.name == "Chat LM" })
    #expect(chat.weights == .gated)
    #expect(chat.developer == "org:tuner")
    #expect(chat.derivedFrom.map(\.base) == ["base-lm"])
    // The API others depend on is a service; the app a product using it.
    #expect(document.services.map(\.id) == ["chat-api"])
    #expect(document.products.first?.uses.map(\.id) == ["chat-api"])
    let lab = try #require(document.parties.first { $0.id == "org:lab" })
    #expect(lab.jurisdictions == ["US"])
    let source = try #require(document.sources.first { $0.id == "eg:base-lm:access" })
    #expect(source.url == "https://example.org/base-lm")
  }

  // The real ecosystem-graphs assets, when the shared data is here: the
  // chain loads, and the summary accounts for what could not be resolved.
  @Test func realAssets() throws {
    let folder = interopRoot.deletingLastPathComponent().appendingPathComponent(
      "shared/data/ecosystem-graphs/assets")
    guard FileManager.default.fileExists(atPath: folder.path) else {
      print("skipped: \(folder.path) is not present")
      return
    }
    let paths = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0).path }
    let result = EcosystemGraphsImport.read(paths: paths)
    let document = try importedDocument(result)
    #expect(document.models.count > 400)
    #expect(document.datasets.count > 100)
    #expect(result.count(.unknownReference) > 0)
    #expect(result.count(.duplicateID) > 0)
    #expect(result.summary.contains { $0.hasPrefix("dependencies: ") })
  }
}

// What the import cannot use is said: an access level it does not know, a
// dependency written as text, two names that give one id.
@Suite struct EcosystemGraphsDirtyTests {
  @Test func valuesTheImportCannotUseAreSaid() throws {
    let text = """
      - type: model
        name: Alpha
        organization: Lab
        access: sideways
        dependencies: Beta
      - type: model
        name: Beta
        organization: Lab
      - type: model
        name: alpha
        organization: Lab
      """
    let file = try writeTemporary(text, "assets.yaml")
    defer { try? FileManager.default.removeItem(at: file) }
    let result = EcosystemGraphsImport.read(paths: [file.path])
    #expect(result.has(.invalidValue, naming: "sideways", "Alpha"), "\(result.printed)")
    #expect(result.has(.renamedID, naming: "alpha", "alpha-2"), "\(result.printed)")
    let graph = try loadImported(result)
    let alpha = try #require(graph.document.models.first { $0.name == "Alpha" })
    #expect(alpha.derivedFrom.map(\.base).count == 1)
  }

  /// Found by the ecosystem-graphs fuzzer: an explained field's key became
  /// part of a source's id as written, spaces and commas included.
  @Test func aSourceIdFromAnyKeyIsValid() throws {
    let text = """
      - type: model
        name: Base LM
        organization: Lab
        "access, really":
          value: open
          explanation: Said on the card.
        "access really":
          value: open
          explanation: Said twice.
      """
    let file = try writeTemporary(text, "assets.yaml")
    defer { try? FileManager.default.removeItem(at: file) }
    let graph = try loadImported(EcosystemGraphsImport.read(paths: [file.path]))
    #expect(
      Set(graph.document.sources.map(\.id)) == [
        "eg:base-lm-access-really", "eg:base-lm-access-really-2",
      ])
  }
}
