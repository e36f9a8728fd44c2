import Foundation
import Testing

/// Regressions for what an outside test found: crashes on long text and
/// large numbers, planted links followed by `-o`, formulas and markup from
/// input reaching CSV and Markdown, control characters in reports, imports
/// that write what cannot be read, and a store that lied about itself.
/// Each runs the built binary, as a user would.
@Suite struct HardeningTests {
  /// A chain with one party named `party`, a model and an incident.
  static func chain(party: String, cap: String = "1.0e6", id: String = "acme") -> String {
    """
    format: liability-graph/1
    parties:
      - {id: \(id), name: \(party), jurisdictions: [US]}
      - {id: shop, name: Shop, jurisdictions: [US]}
    models:
      - {id: m, name: M, developer: \(id), derived_from: []}
    products:
      - {id: app, name: App, vendor: shop, uses: [m], markets: [US]}
    contracts:
      - {id: c, parties: [\(id), shop], liability_cap_usd: \(cap)}
    incidents:
      - {id: i, date: 2026-01-10, product: app, harm: misinformation}
    """
  }

  static func write(_ text: String, _ name: String = "chain.yaml") throws -> (URL, String) {
    let folder = try scratchFolder()
    let path = folder.appendingPathComponent(name).path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return (folder, path)
  }

  // A money amount the loader accepts never traps the formatter: 2^64 and
  // more crashed `trace` ("Double value cannot be converted to Int").
  @Test(arguments: ["1.8446744073709552e19", "9.3e18", "1.0e300"])
  func aHugeLiabilityCapIsPrinted(cap: String) throws {
    let (folder, path) = try Self.write(Self.chain(party: "Acme", cap: cap))
    defer { try? FileManager.default.removeItem(at: folder) }
    for format in ["text", "md", "html", "json", "csv"] {
      let result = try lgraph(["trace", path, "--incident", "i", "--format", format])
      #expect(result.status == 0, "\(format): \(result.stderr)")
    }
    let text = try lgraph(["trace", path, "--incident", "i"]).stdout
    #expect(text.contains("liability capped at $"))
  }

  // Text a chain may hold is bounded: a 1 MB name (which crashed Graphviz)
  // and a 5 MB id are refused where they are, quickly, without repeating
  // them; a long name that is allowed is drawn shortened, with a note.
  @Test func longTextIsBoundedAndDrawnShortened() throws {
    let huge = String(repeating: "A", count: 1_000_000)
    let (folder, path) = try Self.write(Self.chain(party: huge))
    defer { try? FileManager.default.removeItem(at: folder) }
    let refused = try lgraph(["render", path, "-o", folder.appendingPathComponent("x.svg").path])
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains("chain.yaml:3:22: error: [input-limit] 'name' is 1000000 bytes long"))
    #expect(refused.stderr.utf8.count < 2_000)
    let longID = String(repeating: "b", count: 5_000_000)
    let (idFolder, idPath) = try Self.write(Self.chain(party: "Acme", id: longID))
    defer { try? FileManager.default.removeItem(at: idFolder) }
    let badID = try lgraph(["validate", idPath])
    #expect(badID.status == 1)
    #expect(badID.stderr.contains("'id' is 5000000 bytes long"))
    #expect(badID.stderr.utf8.count < 20_000)
    let name = String(repeating: "Long name ", count: 99)
    let (okFolder, okPath) = try Self.write(Self.chain(party: name))
    defer { try? FileManager.default.removeItem(at: okFolder) }
    let svg = okFolder.appendingPathComponent("x.svg").path
    let drawn = try lgraph(["render", okPath, "-o", svg])
    #expect(drawn.status == 0, "\(drawn.stderr)")
    #expect(drawn.stderr.contains("1 name longer than 120 characters shortened in the drawing"))
    let html = try lgraph(["trace", okPath, "--incident", "i", "--format", "html"])
    #expect(html.status == 0)
    // The report keeps the name whole.
    #expect(html.stdout.contains(name.trimmingCharacters(in: .whitespaces)))
  }

  // Control characters (ESC, BEL, BS) in text are refused where they are:
  // no report, SVG or HTML can then carry them.
  @Test(arguments: ["\\e[31mRed", "Bell\\a", "Back\\bspace", "Del\\x7F"])
  func controlCharactersAreRefused(name: String) throws {
    let (folder, path) = try Self.write(Self.chain(party: "\"\(name)\""))
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try lgraph(["validate", path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("'name' holds the control character U+00"), "\(result.stderr)")
  }

  // `-o` creates its temporary file exclusively, under a name no one can
  // guess: links planted for every name the old scheme (.NAME.PID.tmp)
  // could use are never followed, and the file's permissions are kept.
  @Test func plantedLinksAreNotFollowed() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let victim = folder.appendingPathComponent("victim").path
    try "precious".write(toFile: victim, atomically: true, encoding: .utf8)
    let ownPID = Int(ProcessInfo.processInfo.processIdentifier)
    for pid in ownPID..<(ownPID + 3_000) {
      try FileManager.default.createSymbolicLink(
        atPath: folder.appendingPathComponent(".x.dot.\(pid).tmp").path, withDestinationPath: victim
      )
    }
    let target = folder.appendingPathComponent("x.dot").path
    let example = e2eRoot.appendingPathComponent("examples/mistral-zephyr.yaml").path
    for _ in 0..<3 {
      let result = try lgraph(["render", example, "-o", target])
      #expect(result.status == 0, "\(result.stderr)")
    }
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
    #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("digraph"))
    // No temporary file is left behind.
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasPrefix(".x.dot.") && !$0.hasSuffix(".tmp")
    }
    #expect(left.isEmpty, "\(left)")
    // An existing file keeps its permissions.
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target)
    #expect(try lgraph(["render", example, "-o", target]).status == 0)
    let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions]
    #expect((mode as? NSNumber)?.intValue == 0o640)
  }

  // Cells from input that start like a formula are neutralised in every
  // CSV: ids (`+cmd`, `@SUM`, `-x`) and a pack's citation (`=HYPERLINK`).
  @Test func csvCellsNeverStartAFormula() throws {
    let (folder, path) = try Self.write(Self.chain(party: "Acme", id: "+cmd"))
    defer { try? FileManager.default.removeItem(at: folder) }
    let trace = try lgraph(["trace", path, "--incident", "i", "--format", "csv"])
    #expect(trace.status == 0, "\(trace.stderr)")
    let compare = try lgraph(["compare", path, "--format", "csv"])
    #expect(compare.status == 0, "\(compare.stderr)")
    let pack = folder.appendingPathComponent("pack.yaml").path
    try """
    format: liability-regime/1
    id: formula-pack
    title: A pack with a hostile citation
    kind: law
    jurisdictions: [US]
    scope: market
    roles:
      vendor: {graph_roles: [product-vendor]}
    rules:
      - id: formula-pack/1
        duty: answer-for-harm
        role: vendor
        answers_for_harm: true
        citation: =HYPERLINK("http://evil.example/","click")
        status: unverified
    """.write(toFile: pack, atomically: true, encoding: .utf8)
    let hostile = try lgraph([
      "trace", path, "--incident", "i", "--regime", pack, "--format", "csv",
    ])
    #expect(hostile.status == 0, "\(hostile.stderr)")
    let duties = try lgraph(["duties", path, "--regime", pack, "--format", "csv"])
    #expect(duties.status == 0, "\(duties.stderr)")
    #expect(duties.stdout.contains("'=HYPERLINK"))
    let lineage = try lgraph(["lineage", path, "--of", "app", "--supply-chain", "--format", "csv"])
    #expect(lineage.status == 0, "\(lineage.stderr)")
    #expect(lineage.stdout.contains("'+cmd"))
    for output in [trace.stdout, compare.stdout, hostile.stdout, duties.stdout, lineage.stdout] {
      for line in output.split(separator: "\n") {
        for cell in Self.cells(String(line)) {
          #expect(
            !(cell.first.map { "=+-@\t\r".contains($0) } ?? false), "formula cell: \(cell)")
        }
      }
    }
    #expect(hostile.stdout.contains("'=HYPERLINK"))
    #expect(compare.stdout.contains("'+cmd"))
  }

  /// The cells of a CSV line (quotes undone).
  static func cells(_ line: String) -> [String] {
    var cells: [String] = []
    var cell = ""
    var quoted = false
    var previous: Character? = nil
    for character in line {
      if character == "\"" {
        if quoted, previous == "\"" { cell.append("\"") }
        quoted.toggle()
      } else if character == ",", !quoted {
        cells.append(cell)
        cell = ""
      } else {
        cell.append(character)
      }
      previous = character
    }
    cells.append(cell)
    return cells
  }

  // Markdown reports show what input says, never run it: no raw HTML, no
  // links or images from input, no headings a name injects.
  @Test func markdownFromInputIsInert() throws {
    let hostile =
      "\"<script>alert(1)</script> <iframe src=x></iframe> [x](javascript:alert(1)) "
      + "![t](http://evil.example/t.png)\\n# Injected heading\""
    let (folder, path) = try Self.write(Self.chain(party: hostile))
    defer { try? FileManager.default.removeItem(at: folder) }
    for arguments in [
      ["trace", path, "--incident", "i", "--format", "md"],
      ["duties", path, "--regime", "principles", "--format", "md"],
      ["compare", path, "--format", "md"],
    ] {
      let result = try lgraph(arguments)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      let md = result.stdout
      #expect(!md.contains("<script>"), "\(arguments)")
      #expect(!md.contains("<iframe"), "\(arguments)")
      // Where the name is shown, it is shown as text.
      #expect(md.contains("&lt;script&gt;") || !md.contains("script"), "\(arguments)")
      // Brackets from input are escaped: no link or image can form.
      #expect(md.range(of: #"(?<!\\)\]\(javascript:"#, options: .regularExpression) == nil)
      #expect(md.range(of: #"(?<!\\)!(?<!\\)\[t"#, options: .regularExpression) == nil)
      #expect(!md.split(separator: "\n").contains { $0.hasPrefix("# Injected") }, "\(arguments)")
    }
  }

  // What an importer writes always loads: names with U+FFFE, U+FFFF or
  // DEL from an SPDX or CycloneDX document are cleaned, with a warning.
  @Test func importsWriteWhatLoads() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bad = "Bad\u{FFFE}\u{FFFF}\u{7F}Name"
    let bom = folder.appendingPathComponent("bom.json").path
    try """
    {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
     "components": [{"type": "machine-learning-model", "bom-ref": "m", "name": "\(bad)",
                     "supplier": {"name": "\(bad)"}}]}
    """.write(toFile: bom, atomically: true, encoding: .utf8)
    let spdx = folder.appendingPathComponent("doc.spdx.json").path
    try """
    {"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": [
      {"type": "Organization", "spdxId": "urn:o", "name": "\(bad)"},
      {"type": "ai_AIPackage", "spdxId": "urn:m", "name": "\(bad)", "suppliedBy": "urn:o"}]}
    """.write(toFile: spdx, atomically: true, encoding: .utf8)
    for (format, file) in [("cyclonedx", bom), ("spdx3", spdx)] {
      let output = folder.appendingPathComponent("\(format).yaml").path
      let imported = try lgraph(["import", format, file, "-o", output])
      #expect(imported.status == 0, "\(format): \(imported.stderr)")
      #expect(imported.stderr.contains("held control characters or noncharacters"), "\(format)")
      let validated = try lgraph(["validate", output])
      #expect(validated.status == 0, "\(format): \(validated.stderr)")
    }
  }

  // A mangled `components` key is said, with its place.
  @Test func aMangledComponentsKeyIsSaid() throws {
    let (folder, path) = try Self.write(
      """
      {"bomFormat": "CycloneDX", "specVersion": "1.6",
       "componets": [{"type": "machine-learning-model", "name": "m"}]}
      """, "bom.json")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try lgraph(["import", "cyclonedx", path])
    #expect(
      result.stderr.contains(
        "bom.json:2:2: warning: [unknown-key] 'componets' is not a CycloneDX key"),
      "\(result.stderr)")
  }

  // A card that is not UTF-8 says where; an invalid model_id says which
  // line states it.
  @Test func cardMessagesHaveAPlace() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let org = folder.appendingPathComponent("org/model")
    try FileManager.default.createDirectory(at: org, withIntermediateDirectories: true)
    let binary = org.appendingPathComponent("README.md")
    try Data(Array("---\nlicense: mit\n---\nab".utf8) + [0xC3, 0x28]).write(to: binary)
    let other = folder.appendingPathComponent("org/other")
    try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
    let card = other.appendingPathComponent("README.md")
    try "---\nlicense: mit\nmodel_id: not a valid id\n---\n# Card\n".write(
      to: card, atomically: true, encoding: .utf8)
    let result = try lgraph(["import", "hf", binary.path, card.path])
    #expect(
      result.stderr.contains(
        "\(binary.path):4:3: warning: [not-utf8] not UTF-8: byte 0xC3 at offset 23 is not valid "
          + "UTF-8"),
      "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "\(card.path):3:1: warning: [invalid-id] 'not a valid id' is not a valid id"),
      "\(result.stderr)")
  }

  // CSV messages have a line and a column, like every other input.
  @Test func csvMessagesHaveLineAndColumn() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let list = folder.appendingPathComponent("lineage.csv").path
    try "child,parent,relation\na/b,c/d,frobnicate\n".write(
      toFile: list, atomically: true, encoding: .utf8)
    let store = folder.appendingPathComponent("s.sqlite").path
    let result = try lgraph(["db", "import", "--db", store, "--lineage", list])
    #expect(
      result.stderr.contains("\(list):2:9: warning: [edge-list-row] unknown relation 'frobnicate'"))
    let nodes = folder.appendingPathComponent("nodes.csv").path
    try "id,kind\nx,spaceship\n".write(toFile: nodes, atomically: true, encoding: .utf8)
    let edges = folder.appendingPathComponent("edges.csv").path
    try "src,dst,type\nx,y,publishes\n".write(toFile: edges, atomically: true, encoding: .utf8)
    let typed = try lgraph(["db", "import", "--db", store, "--edges", edges, "--nodes", nodes])
    #expect(typed.status == 1)
    #expect(typed.stderr.contains("\(nodes):2:3: error: [invalid-value] unknown kind 'spaceship'"))
  }

  /// Runs `lgraph` as a user who cannot write `folder`: as root, through a
  /// copy of the binary run as nobody; otherwise as this user, with the
  /// folder made read-only.
  static func lgraphWithoutWriteAccess(_ arguments: [String], folder: URL) throws
    -> CommandResult
  {
    guard getuid() == 0 else { return try lgraph(arguments) }
    let binary = folder.deletingLastPathComponent().appendingPathComponent(
      "lgraph-\(UUID().uuidString)")
    try FileManager.default.copyItem(
      at: productsDirectory().appendingPathComponent("lgraph"), to: binary)
    defer { try? FileManager.default.removeItem(at: binary) }
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: binary.path)
    return try run(
      "/usr/bin/setpriv",
      ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path] + arguments)
  }

  // A store the user cannot write (a read-only disk, no write permission)
  // is read: every reading command works, and nothing is written.
  @Test func aStoreThatCannotBeWrittenIsRead() throws {
    let folder = try scratchFolder()
    defer {
      try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
      try? FileManager.default.removeItem(at: folder)
    }
    let store = folder.appendingPathComponent("s.sqlite").path
    let example = e2eRoot.appendingPathComponent("examples/olmo-2-tulu.yaml").path
    #expect(try lgraph(["db", "import", "--db", store, example]).status == 0)
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: store)
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
    let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    for arguments in [
      ["roles", "--db", store], ["db", "stats", "--db", store], ["db", "log", "--db", store],
    ] {
      let result = try Self.lgraphWithoutWriteAccess(arguments, folder: folder)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }
    let roles = try Self.lgraphWithoutWriteAccess(["roles", "--db", store], folder: folder)
    #expect(roles.stdout.contains("ai2: Allen Institute for AI"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before)
  }

  // A damaged store: db stats prints what it can and exits 1; db import
  // writes nothing into it.
  @Test func aDamagedStoreIsNeverWrittenTo() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = folder.appendingPathComponent("s.sqlite").path
    let example = e2eRoot.appendingPathComponent("examples/llama-3.1-lexbot.yaml").path
    #expect(try lgraph(["db", "import", "--db", store, example]).status == 0)
    // Three b-tree pages given impossible headers.
    let handle = try #require(FileHandle(forUpdatingAtPath: store))
    for page in [4, 6, 8] {
      try handle.seek(toOffset: UInt64(4096 * (page - 1)))
      try handle.write(contentsOf: Data([0x0D, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]))
    }
    try handle.close()
    let damaged = try Data(contentsOf: URL(fileURLWithPath: store))
    let stats = try lgraph(["db", "stats", "--db", store])
    #expect(stats.status == 1)
    #expect(stats.stderr.hasPrefix("\(store): error: [damaged-store] "), "\(stats.stderr)")
    #expect(stats.stderr.contains("the store is damaged"), "\(stats.stderr)")
    let other = e2eRoot.appendingPathComponent("examples/olmo-2-tulu.yaml").path
    let imported = try lgraph(["db", "import", "--db", store, other])
    #expect(imported.status == 1)
    #expect(imported.stderr.contains("the store is damaged"), "\(imported.stderr)")
    #expect(imported.stderr.contains(": error: [damaged-store] "), "\(imported.stderr)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == damaged)
  }
}
