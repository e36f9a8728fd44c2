import Foundation
import LiabilityGraph
import LiabilityRules
import Testing

@testable import LiabilityInterop

@Suite struct MOFImportTests {
  @Test func releasesBecomeModelsWithTheirComponents() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lgraph-mof-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let tuned = folder.appendingPathComponent("tuned.yml")
    try """
    framework:
      name: Model Openness Framework
      version: '1.0'
    release:
      name: Tuned-7B
      producer: Tuner Lab
      origin: Base-7B
      huggingface: https://huggingface.co/tuner/Tuned-7B
      license:
        distribution:
          name: Apache-2.0
      components:
        - name: Model architecture
          license: Apache 2.0
        - name: Model parameters (Final)
        - name: Model card
          license: Our Own License
        - name: Flux capacitor
          license: MIT
    """.write(to: tuned, atomically: true, encoding: .utf8)
    let result = MOFImport.read(paths: [tuned.path])
    #expect(
      result.has(.assumedFact, naming: "Model architecture", "Apache 2.0"), "\(result.printed)")
    #expect(
      result.has(.unknownLicense, naming: "Model card", "Our Own License"), "\(result.printed)")
    #expect(result.has(.invalidValue, line: 18, naming: "Flux capacitor"), "\(result.printed)")
    let document = try importedDocument(result)
    let model = try #require(document.models.first { $0.id == "Tuned-7B" })
    #expect(model.developer == "org:tuner-lab")
    #expect(model.license == "Apache-2.0")
    #expect(model.url == "https://huggingface.co/tuner/Tuned-7B")
    #expect(model.derivedFrom.map(\.base) == ["Base-7B"])
    // Listed without a license: the release's distribution license.
    #expect(
      model.components.map { "\($0.component.rawValue)=\($0.license)" }.sorted() == [
        "Model architecture=Apache-2.0", "Model parameters (Final)=Apache-2.0",
      ])
    #expect(document.models.contains { $0.id == "Base-7B" && $0.developer == "unattributed" })
    #expect(Openness.of(model).progress[3] == 2.0 / 6 * 100)
  }

  // The 273 real MOF model files, when the shared data is here: the chain
  // loads, and the classes of models whose licenses are all SPDX ids are
  // the same as the files'.
  @Test func realModelFiles() throws {
    let folder = interopRoot.deletingLastPathComponent().appendingPathComponent(
      "shared/data/mof/models")
    guard FileManager.default.fileExists(atPath: folder.path) else {
      print("skipped: \(folder.path) is not present")
      return
    }
    let paths = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yml") }.sorted().map { folder.appendingPathComponent($0).path }
    let result = MOFImport.read(paths: paths)
    let document = try importedDocument(result)
    #expect(document.models.count >= 270)
    let olmo = try #require(document.models.first { $0.id == "OLMo-1B-hf" })
    let release = try MOFModelFile.read(path: folder.appendingPathComponent("OLMo-1B-hf.yml").path)
    let fromFile = Openness.classify(
      components: release.frameworkComponents, global: release.licenses)
    #expect(Openness.of(olmo).mofClass == fromFile.mofClass)
    #expect(fromFile.mofClass == 1)
  }
}

// A component without a name, or listed twice, is said (the last entry of
// a repeated component counts, as in the Model Openness Tool).
@Suite struct MOFDirtyFileTests {
  @Test func componentProblemsAreSaid() throws {
    let text = """
      framework:
        name: Model Openness Framework
        version: '1.0'
      release:
        name: Test
        producer: Lab
        components:
          - name: Model architecture
            license: MIT
          - license: MIT
          - name: Model architecture
            license: Apache-2.0
      """
    let release = try MOFModelFile.read(text: text, file: "m.yml")
    #expect(release.componentProblems.map(\.line) == [10, 11])
    #expect(release.componentProblems.first?.message == "a component without a name; left out")
    #expect(release.frameworkComponents[.modelArchitecture] == .some("Apache-2.0"))
  }
}
