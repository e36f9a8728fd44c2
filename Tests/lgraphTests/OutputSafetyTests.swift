import Foundation
import Testing

/// A fresh folder for one test, removed by the caller.
func scratchFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "lgraph-e2e-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// Outputs never replace what the command reads, write through links and
/// devices, and say plainly why they cannot be written; imports that read
/// nothing write nothing.
@Suite struct OutputSafetyTests {
  let example = e2eRoot.appendingPathComponent("examples/llama-3.1-lexbot.yaml").path

  @Test func anOutputThatIsTheInputIsRefused() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let chain = folder.appendingPathComponent("chain.yaml").path
    try FileManager.default.copyItem(atPath: example, toPath: chain)
    let before = try Data(contentsOf: URL(fileURLWithPath: chain))
    for arguments in [
      ["render", chain, "--format", "svg", "-o", chain],
      ["trace", chain, "--incident", "lexbot-fake-citation", "--format", "text", "-o", chain],
      ["export", chain, "--to", "spdx3", "-o", chain],
      ["import", "hf", chain, "-o", chain],
    ] {
      let result = try lgraph(arguments)
      #expect(result.status == 2, "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains("is the command's input"), "\(result.stderr)")
      #expect(try Data(contentsOf: URL(fileURLWithPath: chain)) == before, "\(arguments)")
    }
    // The store a command exports from is not replaced by its export.
    let store = folder.appendingPathComponent("s.sqlite").path
    #expect(try lgraph(["db", "import", chain, "--db", store]).status == 0)
    let export = try lgraph(["db", "export", "--db", store, "-o", store])
    #expect(export.status == 2)
    #expect(try lgraph(["db", "stats", "--db", store]).status == 0)
  }

  @Test func linksAreWrittenThroughAndFoldersNamed() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("target.dot").path
    let link = folder.appendingPathComponent("link.dot").path
    try "old".write(toFile: target, atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    #expect(try lgraph(["render", example, "-o", link]).status == 0)
    let attributes = try FileManager.default.attributesOfItem(atPath: link)
    #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
    #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("digraph"))
    let toFolder = try lgraph(["render", example, "--format", "dot", "-o", folder.path])
    #expect(toFolder.status == 1)
    #expect(toFolder.stderr.contains("it is a folder"), "\(toFolder.stderr)")
    let missing = try lgraph(["render", example, "-o", folder.path + "/no/such/x.dot"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("does not exist"), "\(missing.stderr)")
  }

  // -o /dev/stdout writes through the process's own standard output (here a
  // file the test opened), and a link to a file that does not exist yet
  // writes that file and stays a link.
  @Test func standardOutputAndDanglingLinks() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try lgraph(["render", example, "-o", "/dev/stdout", "--format", "dot"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("digraph"))
    let link = folder.appendingPathComponent("link.dot").path
    let target = folder.appendingPathComponent("later.dot").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "later.dot")
    #expect(try lgraph(["render", example, "-o", link]).status == 0)
    #expect(
      try FileManager.default.attributesOfItem(atPath: link)[.type] as? FileAttributeType
        == .typeSymbolicLink)
    #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("digraph"))
  }

  @Test func anImportThatReadsNothingWritesNothing() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let garbage = folder.appendingPathComponent("garbage.bin").path
    try Data([0xFF, 0xFE, 0x00, 0x41]).write(to: URL(fileURLWithPath: garbage))
    let keep = folder.appendingPathComponent("keep.yaml").path
    try "keep\n".write(toFile: keep, atomically: true, encoding: .utf8)
    for format in ["hf", "ecosystem-graphs", "mof", "cyclonedx", "spdx3"] {
      let result = try lgraph(["import", format, garbage, "-o", keep])
      #expect(result.status == 1, "\(format): \(result.stderr)")
      #expect(result.stderr.contains("nothing usable was read"), "\(format): \(result.stderr)")
      #expect(try String(contentsOfFile: keep, encoding: .utf8) == "keep\n")
    }
    let badID = try lgraph(["import", "hf", garbage, "--id", "bad id"])
    #expect(badID.status == 2)
    #expect(badID.stderr.contains("is not a valid id"))
    // An import into a store says what it changed and removed.
    let cards = folder.appendingPathComponent("hf")
    for (name, front) in [
      ("tiny", "license: mit\nbase_model: acme/big\n"), ("big", "license: mit\n"),
    ] {
      let dir = cards.appendingPathComponent("acme/\(name)")
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      try "---\n\(front)---\n# \(name)\n".write(
        to: dir.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
    }
    let store = folder.appendingPathComponent("s.sqlite").path
    let both = try lgraph([
      "import", "hf", cards.path + "/acme/tiny/README.md", cards.path + "/acme/big/README.md",
      "--db", store,
    ])
    #expect(both.stdout.contains("revision 1: 3 added, 0 changed, 0 removed"), "\(both.stdout)")
    // One card alone names its model with --id, never from its folders.
    let guessed = try lgraph(["import", "hf", cards.path + "/acme/big/README.md", "--db", store])
    #expect(guessed.status == 1)
    #expect(guessed.stderr.contains("give its Hub id with --id ORG/NAME"), "\(guessed.stderr)")
    #expect(guessed.stderr.contains("nothing was written"))
    let one = try lgraph([
      "import", "hf", cards.path + "/acme/big/README.md", "--id", "acme/big", "--db", store,
    ])
    #expect(one.stdout.contains("revision 2: 0 added, 0 changed, 1 removed"), "\(one.stdout)")
    #expect(one.stdout.contains("acme/tiny"))
  }
}

/// Small things a user would stumble on.
@Suite struct CommandEdgeTests {
  @Test func anEmptyRegimeNameIsAUsageError() throws {
    let example = e2eRoot.appendingPathComponent("examples/llama-3.1-lexbot.yaml").path
    let result = try lgraph(["compare", example, "--regimes", ""])
    #expect(result.status == 2)
    #expect(result.stderr.contains("--regimes has an empty name"))
    #expect(result.stdout.isEmpty)
  }

  @Test func anEmptyChainIsShownAsEmpty() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let chain = folder.appendingPathComponent("empty.yaml")
    try "format: liability-graph/1\n".write(to: chain, atomically: true, encoding: .utf8)
    let result = try lgraph(["show", chain.path])
    #expect(result.status == 0)
    #expect(result.stdout.contains("no items, 0 edges"), "\(result.stdout)")
  }

  // A traced incident whose product is not valid on the incident's date is
  // a problem of the facts (exit 1), not of the request.
  @Test func anIncidentOutsideItsProductsValidityIsADataError() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let chain = folder.appendingPathComponent("c.yaml")
    try """
    format: liability-graph/1
    parties:
      - {id: lab, name: Lab}
    models:
      - {id: m, name: M, developer: lab}
    products:
      - {id: app, name: App, vendor: lab, uses: [m], valid_to: 2025-01-01}
    incidents:
      - {id: i, name: I, product: app, date: 2025-06-01}
    """.write(to: chain, atomically: true, encoding: .utf8)
    let result = try lgraph(["trace", chain.path, "--incident", "i"])
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stderr.contains("is not in the chain on 2025-06-01"))
    let unknown = try lgraph(["trace", chain.path, "--incident", "nope"])
    #expect(unknown.status == 2)
  }
}

// Rendering is repeatable: the same chain gives the same SVG bytes in
// separate processes (clusters used to come out in heap order).
@Suite struct RepeatableRenderTests {
  @Test func theSameChainRendersToTheSameBytes() throws {
    let example = e2eRoot.appendingPathComponent("examples/llama-3.1-lexbot.yaml").path
    let outputs = try (0..<4).map { _ in
      try lgraph(["render", example, "--format", "svg", "-o", "/dev/stdout"]).stdout
    }
    #expect(outputs[0].contains("cluster_"))
    #expect(Set(outputs).count == 1)
  }
}
