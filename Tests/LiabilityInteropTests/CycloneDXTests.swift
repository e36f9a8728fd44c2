import Foundation
import LiabilityGraph
import Testing

@testable import LiabilityInterop

let interopRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let interopExamples = [
  "llama-3.1-lexbot", "deepseek-r1-distill-qwen", "olmo-2-tulu", "mistral-zephyr",
  "closed-api-consumer-app",
]

func exampleGraph(_ name: String) throws -> SupplyChainGraph {
  let result = Loader.load(path: interopRoot.appendingPathComponent("examples/\(name).yaml").path)
  let document = try #require(result.document)
  return SupplyChainGraph(document: document, asOf: document.asOf)
}

/// Runs a Python script of the validators' virtual environment (made by
/// Scripts/install-deps) on `input`; returns its exit status and output.
func validator(_ script: String, input: String) throws -> (Int32, String) {
  let python = interopRoot.appendingPathComponent(".build-venv/bin/python").path
  guard FileManager.default.isExecutableFile(atPath: python) else {
    Issue.record(
      "the validators are not installed: run Scripts/install-deps (it makes .build-venv)")
    return (-1, "")
  }
  let file = FileManager.default.temporaryDirectory.appendingPathComponent(
    "lgraph-validate-\(UUID().uuidString).json")
  try input.write(to: file, atomically: true, encoding: .utf8)
  defer { try? FileManager.default.removeItem(at: file) }
  let process = Process()
  process.executableURL = URL(fileURLWithPath: python)
  process.arguments = ["-c", script, file.path]
  let pipe = Pipe()
  process.standardOutput = pipe
  process.standardError = pipe
  try process.run()
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// CycloneDX's strict 1.6 JSON validator from cyclonedx-python-lib.
let cycloneDXCheck = """
  import sys
  from cyclonedx.schema import SchemaVersion
  from cyclonedx.validation.json import JsonStrictValidator
  error = JsonStrictValidator(SchemaVersion.V1_6).validate_str(open(sys.argv[1]).read())
  if error is not None:
      print(error)
      sys.exit(1)
  print("VALID")
  """

@Suite struct CycloneDXTests {
  @Test(arguments: interopExamples)
  func examplesValidateStrictly(name: String) throws {
    let bom = CycloneDXWriter.bom(try exampleGraph(name)).rendered()
    let (status, output) = try validator(cycloneDXCheck, input: bom)
    #expect(status == 0, "\(name): \(output)")
    #expect(output.contains("VALID"))
  }

  // The validator does reject what it should: the test is not vacuous.
  @Test func aBrokenBomIsRejected() throws {
    let bom = CycloneDXWriter.bom(try exampleGraph("olmo-2-tulu")).rendered()
      .replacingOccurrences(of: "\"machine-learning-model\"", with: "\"ml-model\"")
    let (status, output) = try validator(cycloneDXCheck, input: bom)
    #expect(status == 1)
    #expect(output.contains("ml-model"))
  }

  // Lineage: descent as ancestors, quantization as variants, the relation
  // kept; models, datasets, services and products linked by dependencies.
  @Test func mainExampleMapping() throws {
    let text = CycloneDXWriter.bom(try exampleGraph("llama-3.1-lexbot")).rendered()
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let components = try #require(object["components"] as? [[String: Any]])
    func component(_ ref: String) -> [String: Any]? {
      components.first { $0["bom-ref"] as? String == ref }
    }
    let acme = try #require(component("model:acme-legal-8b"))
    let pedigree = try #require(acme["pedigree"] as? [String: Any])
    let ancestors = try #require(pedigree["ancestors"] as? [[String: Any]])
    #expect(ancestors.first?["name"] as? String == "Hermes 3 Llama 3.1 8B")
    let gguf = try #require(component("model:llama-3.1-8b-instruct-gguf-bartowski"))
    let variants = try #require(
      (gguf["pedigree"] as? [String: Any])?["variants"] as? [[String: Any]])
    let relation = (variants.first?["properties"] as? [[String: String]])?.first
    #expect(relation?["value"] == "quantize")
    let llama = try #require(component("model:llama-3.1-8b"))
    let license = ((llama["licenses"] as? [[String: Any]])?.first?["license"] as? [String: Any])
    #expect(license?["name"] as? String == "Llama 3.1 Community License Agreement")
    let services = try #require(object["services"] as? [[String: Any]])
    #expect(
      services.contains {
        ($0["provider"] as? [String: Any])?["name"] as? String
          == "Acme Legal AI, Inc. (hypothetical)"
      })
    let dependencies = try #require(object["dependencies"] as? [[String: Any]])
    #expect(
      dependencies.contains {
        $0["ref"] as? String == "product:lexbot"
          && ($0["dependsOn"] as? [String])?.contains("service:acme-legal-api-gcp") == true
      })
    // Deterministic: the same chain, the same serial number.
    let again = CycloneDXWriter.bom(try exampleGraph("llama-3.1-lexbot")).rendered()
    #expect(again == text)
  }
}
