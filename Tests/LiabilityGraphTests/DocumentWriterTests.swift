import Foundation
import LiabilityGraph
import Testing

/// Every field of a value, by path, with the places it was written left
/// out: two documents with the same facts have the same list.
func facts(_ value: Any, path: String = "") -> [String] {
  let mirror = Mirror(reflecting: value)
  if mirror.children.isEmpty
    || mirror.displayStyle == .enum && mirror.children.first?.label == nil
  {
    return ["\(path) = \(value)"]
  }
  var out: [String] = []
  if mirror.displayStyle == .optional || mirror.displayStyle == .enum {
    out.append("\(path) is \(mirror.displayStyle == .optional ? "some" : "\(value)")")
  }
  for (i, child) in mirror.children.enumerated() {
    let label = child.label ?? "[\(i)]"
    if label == "location" || label == "file" { continue }
    out += facts(child.value, path: path + "." + label)
  }
  return out
}

@Suite struct DocumentWriterTests {
  /// Every chain the project ships or tests with.
  static let files: [String] = {
    var paths = exampleNames.map(examplePath)
    paths.append(
      packageRoot.appendingPathComponent("Tests/LiabilityGraphTests/Fixtures/design-example.yaml")
        .path)
    let rules = packageRoot.appendingPathComponent("Tests/LiabilityRulesTests/Fixtures")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: rules.path)) ?? []
    paths += names.filter { $0.hasSuffix(".yaml") }.sorted().map {
      rules.appendingPathComponent($0).path
    }
    return paths
  }()

  @Test func theProjectsChainsAreFound() {
    #expect(Self.files.count >= 20)
  }

  @Test(arguments: files, DocumentWriter.Format.allCases)
  func aWrittenDocumentLoadsBackToTheSameFacts(path: String, format: DocumentWriter.Format)
    throws
  {
    let first = try #require(Loader.load(path: path).document)
    let text = DocumentWriter.text(first, as: format)
    let again = Loader.load(bytes: Array(text.utf8), file: "w", json: format == .json)
    #expect(again.errors.isEmpty, "\(again.errors)\n\(text)")
    let second = try #require(again.document)
    let (a, b) = (facts(first), facts(second))
    #expect(a == b, "\(zip(a, b).first { $0.0 != $0.1 }.map { "\($0.0)\n\($0.1)" } ?? "")")
    #expect(a.count > 50)
    // Canonical: writing what was read back writes the same text.
    #expect(DocumentWriter.text(second, as: format) == text)
  }

  @Test func theFactsComparisonSeesEveryField() throws {
    let result = load(
      header + """
        models:
          - {id: m, name: M, developer: meta, parameters: 7000000000}
        """)
    var document = try #require(result.document)
    let before = facts(document)
    document.models[0].parameters = 8e9
    #expect(facts(document) != before)
    document.models[0].parameters = 7e9
    #expect(facts(document) == before)
    document.models[0].lineageStated = true
    #expect(facts(document) != before)
  }

  @Test func unknownListsStayUnknown() throws {
    let result = load(
      header + """
        models:
          - {id: m, name: M, developer: meta}
          - {id: n, name: N, developer: meta, derived_from: []}
        products:
          - {id: p, name: P, vendor: meta, uses: [m]}
          - {id: q, name: Q, vendor: meta, uses: [n], risk_areas: [], generates: [], functions: [],
             system_changes: []}
        """)
    let document = try #require(result.document)
    let text = DocumentWriter.text(document, as: .yaml)
    let back = try #require(load(text).document)
    #expect(back.models.map(\.lineageStated) == [false, true])
    #expect(back.products.map(\.riskAreasStated) == [false, true])
    #expect(back.products.map(\.generatesStated) == [false, true])
    #expect(back.products.map(\.functionsStated) == [false, true])
    #expect(back.products.map(\.systemChangesStated) == [false, true])
  }

  @Test func aDocumentBuiltInCodeIsCheckedAsAFileIs() throws {
    let here = SourceLocation(file: "code", line: 1, column: 1)
    var document = Document(file: "code")
    document.parties = [Party(id: "acme", name: "Acme", fact: Fact(location: here))]
    document.models = [
      Model(id: "base", name: "Base", developer: "acme", fact: Fact(location: here)),
      Model(
        id: "tuned", name: "Tuned", developer: "acme", license: "MIT",
        derivedFrom: [LineageLink(base: "base", relation: .finetune, fact: Fact(location: here))],
        fact: Fact(location: here)),
    ]
    let checked = Loader.check(document)
    #expect(checked.errors.isEmpty, "\(checked.errors)")
    #expect(checked.graph?.nodeCount == 4)  // acme, base, tuned, MIT
    // The same document as text loads to the same facts.
    let text = DocumentWriter.text(document, as: .yaml)
    let loaded = try #require(load(text).document)
    #expect(facts(loaded) == facts(document))

    document.models[1].derivedFrom.append(
      LineageLink(base: "ghost", relation: .merge, fact: Fact(location: here)))
    document.models[1].license = "mit"
    document.parties.append(Party(id: "base", name: "Dup", fact: Fact(location: here)))
    let messages = Loader.check(document).errors.map(\.message)
    #expect(
      messages.contains { $0.hasPrefix("unknown model 'ghost' (base model of model 'tuned')") })
    #expect(messages.contains { $0.hasPrefix("unknown license 'mit' (license of model 'tuned')") })
    #expect(messages.contains("duplicate id 'base': already used by a party"))
    #expect(
      messages.contains { $0.hasPrefix("'merge' needs two or more bases, but model 'tuned'") })
    // Parties come first, as in a file: the model 'base' is the duplicate.
    #expect(
      messages.contains("'base' is a party, but the base model of model 'tuned' must be a model"))
    #expect(messages.count == 5, "\(messages)")
  }

  @Test func aSelfLinkOrACycleInCodeIsRefused() throws {
    let here = SourceLocation(file: "code", line: 1, column: 1)
    var document = Document(file: "code")
    document.parties = [Party(id: "acme", name: "Acme", fact: Fact(location: here))]
    func model(_ id: String, _ bases: [String]) -> Model {
      Model(
        id: id, name: id, developer: "acme",
        derivedFrom: bases.map {
          LineageLink(base: $0, relation: .finetune, fact: Fact(location: here))
        },
        fact: Fact(location: here))
    }
    document.models = [model("a", ["a"])]
    #expect(
      Loader.check(document).errors.map(\.message) == [
        "lineage cycle: a → a (a model cannot derive from itself)"
      ])
    document.models = [model("a", ["b"]), model("b", ["a"])]
    #expect(
      Loader.check(document).errors.map(\.message) == [
        "lineage cycle: a → b → a (each model is listed as derived from the next)"
      ])
  }
}
