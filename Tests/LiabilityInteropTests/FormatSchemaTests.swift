import Foundation
import LiabilityGraph
import Testing

/// The JSON Schema of `liability-graph/1`, checked by the standard
/// `jsonschema` validator (installed by `Scripts/install-deps`) against
/// every example and fixture, and against files it must refuse.
@Suite struct FormatSchemaTests {
  /// Validates `{"schema": ..., "documents": {name: document}}`; prints
  /// each error with the document's name and the place in it.
  static let check = """
    import json, sys
    from jsonschema import Draft202012Validator
    data = json.load(open(sys.argv[1]))
    Draft202012Validator.check_schema(data["schema"])
    validator = Draft202012Validator(data["schema"])
    failed = 0
    for name, document in data["documents"].items():
        for error in validator.iter_errors(document):
            failed += 1
            print(name, "/".join(str(p) for p in error.absolute_path), error.message)
    sys.exit(1 if failed else 0)
    """

  /// The chain files of the project: the examples and the tests'
  /// fixtures, each as JSON (the syntax the file wrote, scalars typed as
  /// the loader reads them).
  static func chainFiles() throws -> [(String, String)] {
    var out: [(String, String)] = []
    for folder in [
      "examples", "Tests/LiabilityGraphTests/Fixtures", "Tests/LiabilityRulesTests/Fixtures",
    ] {
      let url = interopRoot.appendingPathComponent(folder)
      for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
      where name.hasSuffix(".yaml") {
        let path = url.appendingPathComponent(name).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard case .success(let node) = YAMLReader(file: path).read(text) else {
          Issue.record("\(folder)/\(name) is not YAML")
          continue
        }
        out.append(("\(folder)/\(name)", StoredText.json(node)))
      }
    }
    return out
  }

  static func validate(_ documents: [(String, String)]) throws -> (Int32, String) {
    let body = documents.map { "\(StoredText.quoted($0.0)): \($0.1)" }.joined(separator: ",")
    return try validator(
      check, input: "{\"schema\": \(FormatSchema.schema.rendered()), \"documents\": {\(body)}}")
  }

  @Test func everyExampleAndFixtureIsValid() throws {
    let files = try Self.chainFiles()
    #expect(files.count > 30)
    let (status, output) = try Self.validate(files)
    #expect(status == 0, "\(output)")
  }

  @Test(arguments: [
    ("a misspelt key", "models: [{id: m, name: M, developper: p}]"),
    (
      "a weights value the format lacks",
      "models: [{id: m, name: M, developer: p, weights: leaked}]"
    ),
    ("an unknown section", "partys: [{id: p, name: P}]"),
    ("a party without a name", "parties: [{id: p}]"),
    (
      "a digest that is not SHA-256",
      "models: [{id: m, name: M, developer: p, hashes: [{sha256: abc}]}]"
    ),
    (
      "a lineage relation the format lacks",
      "models: [{id: m, name: M, developer: p, derived_from: [{model: b, relation: teleport}]}]"
    ),
  ])
  func aFileTheFormatRefusesIsInvalid(what: String, yaml: String) throws {
    let text = "format: liability-graph/1\n" + yaml + "\n"
    guard case .success(let node) = YAMLReader(file: "t.yaml").read(text) else {
      Issue.record("\(what): not YAML")
      return
    }
    let (status, _) = try Self.validate([(what, StoredText.json(node))])
    #expect(status == 1, "\(what) passed the schema")
  }

  // The committed schema is the one `lgraph schema` writes.
  @Test func theCommittedSchemaIsCurrent() throws {
    let committed = try String(
      contentsOf: interopRoot.appendingPathComponent("docs/liability-graph-1.schema.json"),
      encoding: .utf8)
    #expect(
      committed == FormatSchema.schema.rendered() + "\n",
      "run: lgraph schema -o docs/liability-graph-1.schema.json")
  }
}
