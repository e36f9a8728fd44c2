import Foundation
import LiabilityGraph
import LiabilityRules
import Testing

@testable import LiabilityInterop

/// A MOF release in the tool's own file shape; `components` are YAML lines.
func mofFile(_ components: String, licenses: String = "") -> String {
  """
  framework:
    name: Model Openness Framework
    version: '1.0'
  release:
    name: Test
    producer: Tester
    origin: Some-Base
  \(licenses)
    components:
  \(components)
  """
}

func classify(_ text: String) throws -> Openness {
  let release = try MOFModelFile.read(text: text, file: "t.yml")
  return Openness.classify(components: release.frameworkComponents, global: release.licenses)
}

/// The six components Class III requires, each with `license`.
func classThree(_ license: String = "Apache-2.0", except: String? = nil) -> String {
  let names: [String] = [
    "Model architecture", "Model parameters (Final)", "Evaluation results", "Model card",
    "Data card", "Technical report",
  ]
  return names.filter { $0 != (except ?? "") }
    .map { "    - name: \($0)\n      license: \(license)" }
    .joined(separator: "\n")
}

@Suite struct OpennessTests {
  @Test func classThreeExactly() throws {
    let result = try classify(mofFile(classThree()))
    #expect(result.mofClass == 3)
    // Class I progress is 0 while Class II is unmet (the tool's gating).
    #expect(result.progress == [3: 100, 2: 60, 1: 0])
    #expect(result.missing[2] == [.trainingCode, .inferenceCode, .evaluationCode, .evaluationData])
  }

  // A research paper stands in for a missing technical report.
  @Test func researchPaperForTechnicalReport() throws {
    let text = mofFile(
      classThree(except: "Technical report")
        + "\n    - name: Research paper\n      license: CC-BY-4.0")
    let result = try classify(text)
    #expect(result.mofClass == 3)
    #expect(result.missing[3] == [])
  }

  // A license that is not open fails the class; below it progress is 0.
  @Test func notOpenLicenseAndGating() throws {
    let text = mofFile(
      classThree(except: "Model card") + "\n    - name: Model card\n      license: Llama-3.1")
    let result = try classify(text)
    #expect(result.mofClass == 0)
    #expect(result.progress[3] == 5.0 / 6 * 100)
    #expect(result.progress[2] == 0)
    #expect(result.notOpen.map(\.license) == ["Llama-3.1"])
  }

  // A component listed without a license takes the release's license for
  // its content type, else the distribution license; an empty one does not.
  @Test func releaseLicensesFillIn() throws {
    let components = [
      "Model architecture", "Model parameters (Final)", "Evaluation results", "Model card",
      "Data card", "Technical report",
    ].map { "    - name: \($0)" }.joined(separator: "\n")
    let licenses =
      "  license:\n    distribution:\n      name: Apache-2.0\n    data:\n      name: CC-BY-4.0"
    #expect(try classify(mofFile(components, licenses: licenses)).mofClass == 3)
    let empty = components.replacingOccurrences(
      of: "- name: Model card", with: "- name: Model card\n      license: ''")
    let result = try classify(mofFile(empty, licenses: licenses))
    #expect(result.mofClass == 0)
    #expect(result.unlicensed == [.modelCard])
  }

  // The Model Openness Tool's own test suite, when the shared data is here:
  // every file gives the class and progress of expected_results.json, and
  // the percentages of its file name where the tool does not report 0.
  @Test func modelOpennessToolTestSuite() throws {
    let folder = interopRoot.deletingLastPathComponent().appendingPathComponent(
      "shared/data/mof/Test_Data")
    guard FileManager.default.fileExists(atPath: folder.path) else {
      print("skipped: \(folder.path) is not present")
      return
    }
    var text = try String(
      contentsOf: folder.appendingPathComponent("expected_results.json"), encoding: .utf8)
    // The tool's file has trailing commas; JSON has none.
    text = text.replacingOccurrences(
      of: #",(\s*[}\]])"#, with: "$1", options: .regularExpression)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    var expected: [String: (Int, [String: Double])] = [:]
    for model in try #require(object["models"] as? [[String: Any]]) {
      let release = try #require(model["release"] as? [String: Any])
      let classification = try #require(model["classification"] as? [String: Any])
      let progress = try #require(classification["progress"] as? [String: Double])
      expected[try #require(release["name"] as? String)] = (
        try #require(classification["class"] as? Int), progress
      )
    }
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yml") }.sorted()
    #expect(files.count == 27)
    for file in files {
      let release = try MOFModelFile.read(path: folder.appendingPathComponent(file).path)
      let result = Openness.classify(
        components: release.frameworkComponents, global: release.licenses)
      let (mofClass, progress) = try #require(expected[release.name], "\(file) not in the results")
      #expect(result.mofClass == mofClass, "\(file)")
      for level in 1...3 {
        let wanted = try #require(progress["\(level)"])
        #expect(abs((result.progress[level] ?? -1) - wanted) < 1e-9, "\(file) class \(level)")
      }
      // The file name: C1_x%-C2_y%-C3_z%.
      let pattern = try Regex(#"C1_(\d+)%-C2_(\d+)%-C3_(\d+)%"#)
      let match = try #require(file.firstMatch(of: pattern))
      let named = [
        1: Int(match.output[1].substring ?? "") ?? -1,
        2: Int(match.output[2].substring ?? "") ?? -1,
        3: Int(match.output[3].substring ?? "") ?? -1,
      ]
      for level in 1...3 {
        let value = result.progress[level] ?? 0
        if value != 0 {
          #expect(Int((value + 0.5).rounded(.down)) == named[level], "\(file) class \(level) name")
        }
      }
    }
  }
}
