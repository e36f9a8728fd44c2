import Foundation
import LiabilityGraph
import LiabilityInterop
import Testing

// The examples in the module's documentation comments, as written there,
// against the public API only (no @testable import here).
@Suite struct InteropDocumentationExamples {
  // CycloneDXWriter
  @Test func writingABom() throws {
    let path = interopRoot.appendingPathComponent("examples/olmo-2-tulu.yaml").path
    let graph = try #require(Loader.load(path: path).graph)
    let bom = CycloneDXWriter.bom(graph)
    let text = bom.rendered()
    #expect(text.contains("\"specVersion\": \"1.6\""))
  }
}
