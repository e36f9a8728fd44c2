import Foundation
import LiabilityGraph
import Testing

@testable import LiabilityInterop

/// spdx-python-model: decode (types, enums, IRIs, counts), link every
/// reference, encode again (required properties).
let spdxCheck = """
  import io, sys
  from spdx_python_model import v3_0_1 as s
  objset = s.SHACLObjectSet()
  with open(sys.argv[1], "rb") as f:
      s.JSONLDDeserializer().read(f, objset)
  missing = objset.link()
  if missing:
      print("dangling:", sorted(missing))
      sys.exit(1)
  s.JSONLDSerializer().write(objset, io.BytesIO())
  print("VALID")
  """

@Suite struct SPDX3Tests {
  @Test(arguments: interopExamples)
  func examplesValidate(name: String) throws {
    let (json, _) = SPDX3Writer.document(try exampleGraph(name))
    let (status, output) = try validator(spdxCheck, input: json.rendered())
    #expect(status == 0, "\(name): \(output)")
    #expect(output.contains("VALID"))
  }

  // The validator rejects a relationship type SPDX does not have.
  @Test func aBrokenDocumentIsRejected() throws {
    let (json, _) = SPDX3Writer.document(try exampleGraph("olmo-2-tulu"))
    let broken = json.rendered().replacingOccurrences(
      of: "\"descendantOf\"", with: "\"finetunedFrom\"")
    let (status, _) = try validator(spdxCheck, input: broken)
    #expect(status != 0)
  }

  // The mandatory fields schema validation misses: filled from the facts,
  // and each one the facts cannot fill named.
  @Test func mandatoryFieldsAreCheckedHere() throws {
    let (json, missing) = SPDX3Writer.document(try exampleGraph("llama-3.1-lexbot"))
    let models = missing.filter { $0.hasPrefix("model ") }
    #expect(
      models == [
        "model llama-3.1-8b-instruct-gguf-bartowski: releaseTime (state released)",
        "model llama-3.1-8b-instruct-gguf-bartowski: software_packageVersion (state revision or released)",
        "model acme-legal-8b: software_downloadLocation (state url)",
      ])
    let text = json.rendered()
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let graph = try #require(object["@graph"] as? [[String: Any]])
    let packages = graph.filter { $0["type"] as? String == "ai_AIPackage" }
    #expect(packages.count == 5)
    let mandatory = [
      "releaseTime", "suppliedBy", "software_downloadLocation", "software_packageVersion",
      "software_primaryPurpose",
    ]
    // Every package has every mandatory field, except those named above.
    for package in packages {
      let name = package["spdxId"] as? String ?? ""
      for field in mandatory where package[field] == nil {
        #expect(
          models.contains {
            $0.contains(field) && name.hasSuffix(":" + $0.dropFirst(6).prefix { $0 != ":" })
          },
          "\(name) lacks \(field) without a warning")
      }
    }
    // Lineage: descent from the base, quantization as a variant.
    let relationships = graph.filter { $0["type"] as? String == "Relationship" }
    #expect(
      relationships.contains {
        $0["relationshipType"] as? String == "descendantOf"
          && ($0["from"] as? String)?.hasSuffix(":model:acme-legal-8b") == true
          && $0["comment"] as? String == "lgraph relation: finetune"
      })
    #expect(
      relationships.contains {
        $0["relationshipType"] as? String == "hasVariant"
          && ($0["to"] as? [String])?.first?.hasSuffix(
            ":model:llama-3.1-8b-instruct-gguf-bartowski")
            == true
      })
    #expect(
      relationships.contains {
        $0["relationshipType"] as? String == "trainedOn"
          && ($0["from"] as? String)?.hasSuffix(":model:llama-3.1-8b") == true
      })
  }

  // A dataset's build date fills the Dataset profile's builtTime, and the
  // import reads it back; with every fact stated nothing is named missing.
  @Test func aDatasetBuildDateGoesBothWays() throws {
    let text = """
      format: liability-graph/1
      parties:
        - {id: lab, name: Lab}
      datasets:
        - {id: corpus, name: Corpus, publisher: lab, released: 2024-03-01, built: 2024-01-15,
           url: "https://example.org/corpus"}
      """
    let loaded = Loader.load(bytes: Array(text.utf8), file: "d.yaml", json: false)
    let document = try #require(loaded.document, "\(loaded.diagnostics)")
    let (json, missing) = SPDX3Writer.document(SupplyChainGraph(document: document))
    #expect(!missing.contains { $0.hasPrefix("dataset ") }, "\(missing)")
    let rendered = json.rendered()
    #expect(rendered.contains("\"builtTime\": \"2024-01-15T00:00:00Z\""))
    let (status, output) = try validator(spdxCheck, input: rendered)
    #expect(status == 0, "\(output)")
    let file = try writeTemporary(rendered, "built.spdx.json")
    defer { try? FileManager.default.removeItem(at: file) }
    let back = try loadImported(SPDX3Import.read(paths: [file.path]))
    #expect(back.document.datasets.map { $0.built?.description } == ["2024-01-15"])
    #expect(back.document.datasets.map { $0.released?.description } == ["2024-03-01"])
  }
}
