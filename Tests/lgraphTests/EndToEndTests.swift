import Foundation
import Testing

/// Runs the built `lgraph` binary as a user would.
struct CommandResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

let e2eRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

/// The folder the build put `lgraph` in.
func productsDirectory() -> URL {
  let bundle = Bundle.main.bundleURL
  return bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
}

func lgraph(_ arguments: [String], environment: [String: String] = [:]) throws
  -> CommandResult
{
  try run(
    productsDirectory().appendingPathComponent("lgraph").path, arguments,
    environment: environment)
}

/// Runs `executable` with `arguments` in the package's folder.
func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:])
  throws -> CommandResult
{
  let process = Process()
  if !environment.isEmpty {
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
  }
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  process.currentDirectoryURL = e2eRoot
  // Output goes to files, so that neither pipe can fill and block.
  let dir = FileManager.default.temporaryDirectory
  let outURL = dir.appendingPathComponent("lgraph-out-\(UUID().uuidString)")
  let errURL = dir.appendingPathComponent("lgraph-err-\(UUID().uuidString)")
  _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
  _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
  defer {
    try? FileManager.default.removeItem(at: outURL)
    try? FileManager.default.removeItem(at: errURL)
  }
  let outHandle = try FileHandle(forWritingTo: outURL)
  let errHandle = try FileHandle(forWritingTo: errURL)
  process.standardOutput = outHandle
  process.standardError = errHandle
  process.standardInput = FileHandle.nullDevice
  try process.run()
  process.waitUntilExit()
  try outHandle.close()
  try errHandle.close()
  return CommandResult(
    status: process.terminationStatus,
    stdout: try String(contentsOf: outURL, encoding: .utf8),
    stderr: try String(contentsOf: errURL, encoding: .utf8))
}

func json(_ text: String) throws -> [String: Any] {
  let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
  return try #require(value as? [String: Any])
}

let main = "examples/llama-3.1-lexbot.yaml"

@Suite(.serialized) struct EndToEndTests {
  @Test func validateEveryExample() throws {
    let files = try FileManager.default.contentsOfDirectory(
      atPath: e2eRoot.appendingPathComponent("examples").path
    ).filter { $0.hasSuffix(".yaml") }.sorted().map { "examples/\($0)" }
    #expect(files.count >= 5)
    let result = try lgraph(["validate"] + files)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.split(separator: "\n").count == files.count)
    #expect(
      result.stdout.contains(
        "examples/llama-3.1-lexbot.yaml: ok (7 parties, 5 models, 4 datasets, 2 services, "
          + "1 product, 1 incident)"))
    #expect(result.stdout.contains("examples/olmo-2-tulu.yaml: ok (1 party, "))
  }

  @Test func validateReportsErrorsAndExitsOne() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lgraph-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let bad = dir.appendingPathComponent("bad.yaml")
    try """
    format: liability-graph/1
    parties:
      - {id: meta, name: Meta, kind: compnay}
    models:
      - {id: m, name: M, developer: mta}
    """.write(to: bad, atomically: true, encoding: .utf8)
    let result = try lgraph(["validate", bad.path])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(
      lines.first
        == "\(bad.path):3:34: error: [invalid-value] 'compnay' is not a valid value for 'kind' "
        + "(did you mean 'company'?); allowed: company, nonprofit, academic, "
        + "government, individual, community (or unknown, when it is not known)")
    #expect(
      lines.dropFirst().first
        == "\(bad.path):5:33: error: [unknown-reference] unknown party 'mta' (developer of model 'm') "
        + "(did you mean 'meta'?)")
    #expect(lines.last == "2 errors, 0 warnings")
  }

  @Test func usageErrorsExitTwo() throws {
    let missing = try lgraph(["lineage", main])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("Missing expected argument '--of <of>'"))
    let unknown = try lgraph(["lineage", main, "--of", "llama-3.1-8"])
    #expect(unknown.status == 2)
    #expect(
      unknown.stderr
        == "error: no model 'llama-3.1-8' in \(main); did you mean 'llama-3.1-8b'?\n")
    let badDate = try lgraph(["roles", main, "--as-of", "2026-13-01"])
    #expect(badDate.status == 2)
    let badFormat = try lgraph(["roles", main, "--format", "xml"])
    #expect(badFormat.status == 2)
  }

  @Test func rolesJSON() throws {
    let result = try lgraph(["roles", main, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try json(result.stdout)
    let parties = try #require(object["parties"] as? [String: [String]])
    #expect(parties["meta"] == ["pre-trainer", "dataset-publisher"])
    #expect(parties["lexco"] == ["product-vendor"])
    #expect(parties["google"] == ["host"])
  }

  @Test func lineageJSON() throws {
    let up = try json(
      try lgraph(["lineage", main, "--of", "acme-legal-8b", "--format", "json"]).stdout)
    #expect(up["of"] as? String == "acme-legal-8b")
    #expect(up["direction"] as? String == "up")
    #expect(up["nodes"] as? [String] == ["hermes-3-llama-3.1-8b", "llama-3.1-8b"])
    let down = try json(
      try lgraph(["lineage", main, "--of", "llama-3.1-8b", "--down", "--format", "json"]).stdout)
    #expect(down["direction"] as? String == "down")
    #expect(
      down["nodes"] as? [String]
        == [
          "llama-3.1-8b-instruct", "hermes-3-llama-3.1-8b",
          "llama-3.1-8b-instruct-gguf-bartowski", "acme-legal-8b",
        ])
  }

  @Test func chainJSONChangesWithAsOf() throws {
    let now = try json(
      try lgraph(["chain", main, "--product", "lexbot", "--format", "json"]).stdout)
    #expect(now["product"] as? String == "lexbot")
    let parties = try #require(now["parties"] as? [String: [String]])
    #expect(parties["google"] == ["host"])
    #expect(parties["aws"] == nil)
    #expect(parties["acme-legal"] == ["modifier", "api-provider", "dataset-publisher"])
    let nodes = try #require(now["nodes"] as? [String])
    #expect(nodes.first == "lexbot")
    #expect(nodes.contains("llama-3.1-8b"))
    #expect(!nodes.contains("llama-3.1-8b-instruct"))
    let before = try json(
      try lgraph([
        "chain", main, "--product", "lexbot", "--as-of", "2025-06-01", "--format", "json",
      ]).stdout)
    let beforeParties = try #require(before["parties"] as? [String: [String]])
    #expect(beforeParties["aws"] == ["host"])
    #expect(beforeParties["google"] == nil)
  }

  @Test func chainIncludesDeployers() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lgraph-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("deployers.yaml")
    try """
    format: liability-graph/1
    parties:
      - {id: v, name: V, kind: company}
      - {id: insurer, name: Insurer, kind: company}
    models:
      - {id: m, name: M, developer: v}
    services:
      - {id: s, name: S, provider: v, model: m, deployers: [insurer]}
    products:
      - {id: p, name: P, vendor: v, uses: [s], deployers: [insurer]}
    """.write(to: file, atomically: true, encoding: .utf8)
    let result = try lgraph(["chain", file.path, "--product", "p", "--format", "json"])
    let object = try json(result.stdout)
    #expect(object["nodes"] as? [String] == ["p", "v", "s", "m", "insurer"])
    let parties = try #require(object["parties"] as? [String: [String]])
    #expect(parties["insurer"] == ["deployer"])
  }

  @Test func holdingsJSON() throws {
    let result = try lgraph([
      "holdings", main, "--as-of", "2026-03-14", "--party", "meta", "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try json(result.stdout)
    #expect(object["as_of"] as? String == "2026-03-14")
    let parties = try #require(object["parties"] as? [String: Any])
    #expect(Array(parties.keys) == ["meta"])
    let meta = try #require(parties["meta"] as? [String: Any])
    let holds = try #require(meta["holds"] as? [[String: Any]])
    #expect(
      holds.contains {
        $0["item"] as? String == "training-data" && $0["subject"] as? String == "llama-3.1-8b"
      })
    // Meta released the weights: it controls no copy of them.
    #expect((meta["controls"] as? [Any])?.isEmpty == true)
    let text = try lgraph(["holdings", main, "--party", "google"])
    #expect(text.stdout.contains("can      shut-down-running-copy"))
  }

  @Test func dutiesJSONFollowsTheContract() throws {
    let result = try lgraph(["duties", main, "--regime", "eu-ai-act", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try json(result.stdout)
    #expect(object["regime"] as? String == "eu-ai-act")
    #expect(object["as_of"] as? String == "2026-06-01")
    let assignments = try #require(object["assignments"] as? [[String: Any]])
    let summary = try #require(
      assignments.first { $0["rule"] as? String == "eu-ai-act/53-1-d" })
    #expect(summary["duty"] as? String == "training-data-summary")
    #expect(summary["party"] as? String == "meta")
    #expect(summary["subject"] as? String == "llama-3.1-8b")
    #expect(summary["citation"] as? String == "Art. 53(1)(d)")
    #expect(summary["status"] as? String == "verified")
    #expect(summary["text_status"] as? String == "verified")
    #expect(summary["date_status"] as? String == "verified")
    // Art 111(3): Llama 3.1 8B was on the market before 2 Aug 2025.
    #expect(summary["due_from"] as? String == "2027-08-02")
    #expect(summary["transition"] as? String == "Art. 111(3)")
    #expect(object["owed_now"] as? Double == 0)
    #expect((object["due_later"] as? Double ?? 0) >= 4)
    #expect((object["notices"] as? [[String: Any]])?.isEmpty == false)
    #expect((summary["reasons"] as? [String])?.first?.hasPrefix("meta develops") == true)
    #expect((summary["sources"] as? [String])?.contains("llama-3.1-card") == true)
    #expect(object["exempt"] is [Any])
    #expect(object["findings"] is [Any])
    let text = try lgraph(["duties", main, "--regime", "principles"])
    #expect(
      text.stdout.hasSuffix(
        "Not legal advice: this applies encoded rules to the facts in the file.\n"))
    let unknown = try lgraph(["duties", main, "--regime", "eu-ai-ac"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("did you mean 'eu-ai-act'?"))
    // Regime ids in any letter case.
    let upper = try lgraph(["duties", main, "--regime", "EU-AI-Act", "--format", "json"])
    #expect(upper.status == 0, "\(upper.stderr)")
    #expect(try json(upper.stdout)["regime"] as? String == "eu-ai-act")
    let dated = try json(
      try lgraph(["regimes", "--as-of", "2025-03-01", "--format", "json"]).stdout)
    let ear = (dated["regimes"] as? [[String: Any]])?.first { $0["id"] as? String == "us-ear" }
    #expect(ear?["in_force_on_date"] as? Bool == true)
    let regimes = try json(try lgraph(["regimes", "--format", "json"]).stdout)
    let list = try #require(regimes["regimes"] as? [[String: Any]])
    // Every pack file, the principles first.
    let packs = try FileManager.default.contentsOfDirectory(
      atPath: e2eRoot.appendingPathComponent("Sources/LiabilityRules/Packs").path
    ).filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }
    #expect(
      list.compactMap { $0["id"] as? String }
        == ["principles"] + packs.filter { $0 != "principles" }.sorted())
  }

  // `regimes show` prints a pack as a lawyer reads it; `--format yaml` the
  // pack itself, which loads back as a user pack.
  @Test func regimesShowPrintsAPackAsALawyerReadsIt() throws {
    let text = try lgraph(["regimes", "show", "eu-ai-act"])
    #expect(text.status == 0, "\(text.stderr)")
    for line in [
      "eu-ai-act/54: Appoint by written mandate an authorised representative",
      "under Art. 111(3)", "status: secondary (text verified, dates secondary, amended by",
      "omnibus-2026: Regulation (EU) 2026/1744", "last reviewed 2026-12-01",
      "systemic-risk: lineage_compute_flop > 1.0e25",
    ] {
      #expect(text.stdout.contains(line), "missing: \(line)")
    }
    let packFile = e2eRoot.appendingPathComponent("Sources/LiabilityRules/Packs/co-sb24-205.yaml")
    let yaml = try lgraph(["regimes", "show", "CO-SB24-205", "--format", "yaml"])
    #expect(yaml.stdout == (try String(contentsOf: packFile, encoding: .utf8)))
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lgraph-pack-\(UUID().uuidString).yaml")
    try yaml.stdout.write(to: copy, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: copy) }
    let checked = try lgraph(["regimes", copy.path, "--format", "json"])
    #expect(checked.status == 0, "\(checked.stderr)")
    let listed = try json(checked.stdout)["regimes"] as? [[String: Any]]
    #expect(listed?.first?["last_reviewed"] as? String == "2026-12-01")
    let shown = try json(try lgraph(["regimes", "show", "co-sb24-205", "--format", "json"]).stdout)
    #expect((shown["rules"] as? [[String: Any]])?.count == 14)
    #expect((shown["enforcement"] as? [String: Any])?["private_right_of_action"] as? Bool == false)
    let missing = try lgraph(["regimes", "show", "co-sb24-250"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("did you mean 'co-sb24-205'?"))
  }

  @Test func compareSetsRegimesSideBySide() throws {
    let result = try lgraph([
      "compare", main, "--regimes", "principles,eu-ai-act,ca-sb53", "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try json(result.stdout)
    #expect(object["regimes"] as? [String] == ["principles", "eu-ai-act", "ca-sb53"])
    let parties = try #require(object["parties"] as? [String: [String: [String: [String]]]])
    let meta = try #require(parties["meta"])
    #expect(
      meta["eu-ai-act"]?["duties"]?.contains(
        "training-data-summary (llama-3.1-8b, Art. 53(1)(d)) [due from 2027-08-02]") == true)
    #expect(meta["ca-sb53"]?["duties"]?.isEmpty == true)
    // LexCo answers for harm under the principles and owes nothing under the
    // EU GPAI rules: its position differs.
    #expect((object["differences"] as? [String])?.contains("lexco") == true)
    let csv = try lgraph(["compare", main, "--regimes", "principles,eu-ai-act", "--format", "csv"])
    let rows = csv.stdout.split(separator: "\n")
    #expect(
      rows.first.map(String.init)
        == ("regime,as_of,party,party_name,rule,duty,subject,subject_name,citation,status,"
          + "outcome,due,open_on,findings,compliance,reasons,sources,in_force,differs"))
    // One duty per row: LexCo answers for harm under the principles, and
    // has one row saying it has nothing under the EU GPAI rules.
    #expect(
      rows.contains {
        $0.hasPrefix(
          "principles,2026-06-01,lexco,\"LexCo, Inc. (hypothetical)\",principles/answer-for-harm-at-use,"
            + "answer-for-harm,lexbot,")
      })
    #expect(rows.contains { $0.hasPrefix("eu-ai-act,2026-06-01,lexco,") && $0.contains(",none,") })
    #expect(rows.dropFirst().allSatisfy { $0.hasSuffix(",yes,yes") || $0.hasSuffix(",yes,no") })
    let twice = try lgraph(["compare", main, "--regimes", "eu-ai-act,eu-ai-act"])
    #expect(twice.status == 2)
    #expect(twice.stderr == "error: regime 'eu-ai-act' is given twice; each regime once\n")
    let md = try lgraph(["compare", main, "--regimes", "principles,eu-ai-act", "--format", "md"])
    #expect(md.stdout.contains("| party | principles | eu-ai-act |"))
  }

  @Test func renderWritesDOTFile() throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lgraph-\(UUID().uuidString).dot")
    defer { try? FileManager.default.removeItem(at: out) }
    let result = try lgraph(["render", main, "--format", "dot", "-o", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr == "wrote \(out.path)\n")
    let text = try String(contentsOf: out, encoding: .utf8)
    #expect(text.hasPrefix("digraph"))
    let stdout = try lgraph(["render", main])
    #expect(stdout.stdout == text)
  }

  @Test func renderPicturesThroughGraphviz() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lgraph-render-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let magic: [String: [UInt8]] = [
      "svg": Array("<?xml".utf8), "png": [0x89, 0x50, 0x4E, 0x47], "pdf": Array("%PDF".utf8),
    ]
    for (ext, bytes) in magic {
      let out = dir.appendingPathComponent("chain.\(ext)")
      // Twice: the second run replaces the first file whole.
      for _ in 0..<2 {
        let result = try lgraph([
          "render", main, "-o", out.path, "--highlight", "lexbot", "lexbot-fake-citation",
          "--title", "LexBot incident",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "wrote \(out.path)\n")
      }
      let data = try Data(contentsOf: out)
      #expect(Array(data.prefix(bytes.count)) == bytes, "\(ext)")
      #expect(data.count > 10_000, "\(ext)")
    }
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    #expect(leftovers.sorted() == ["chain.pdf", "chain.png", "chain.svg"])
    // --format wins over the extension; an unknown extension is a usage error.
    let forced = try lgraph(["render", main, "-o", dir.appendingPathComponent("x.out").path])
    #expect(forced.status == 2)
    #expect(forced.stderr.contains("cannot tell the format of"))
    let svgOut = dir.appendingPathComponent("x.out").path
    let ok = try lgraph(["render", main, "-o", svgOut, "--format", "svg", "--engine", "neato"])
    #expect(ok.status == 0, "\(ok.stderr)")
    #expect(try String(contentsOfFile: svgOut, encoding: .utf8).contains("<svg"))
    let focus = try lgraph([
      "render", main, "--focus", "acme-legal-api-gcp", "--depth", "1", "--no-legend",
    ])
    #expect(focus.status == 0)
    #expect(focus.stderr.contains("note: drawing the neighbourhood of acme-legal-api-gcp"))
    #expect(!focus.stdout.contains("\"legend\""))
    let badEngine = try lgraph(["render", main, "-o", svgOut, "--engine", "nosuch"])
    #expect(badEngine.status == 2)
  }

  @Test func missingGraphvizPluginsAreExplained() throws {
    // GVBINDIR pointing at an empty folder is what a broken installation
    // looks like: no plugin configuration.
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lgraph-nogv-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: empty) }
    let out = empty.appendingPathComponent("x.svg")
    let result = try lgraph(
      ["render", main, "-o", out.path], environment: ["GVBINDIR": empty.path])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "error: Graphviz cannot be used: Graphviz's plugin configuration is missing"))
    #expect(result.stderr.contains("Run `dot -c` as root"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
    // DOT source needs no Graphviz at all.
    let dot = try lgraph(["render", main], environment: ["GVBINDIR": empty.path])
    #expect(dot.status == 0)
  }

  @Test func textOutputFitsEightyColumns() throws {
    for arguments in [
      ["show", main], ["roles", main], ["chain", main, "--product", "lexbot"],
      ["lineage", main, "--of", "llama-3.1-8b", "--down"],
      ["paths", main, "--from", "lexbot-fake-citation"],
    ] {
      let result = try lgraph(arguments)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      for line in result.stdout.split(separator: "\n") {
        #expect(line.count <= 80, "\(arguments): \(line)")
      }
    }
  }

  @Test func helpListsEveryCommand() throws {
    let result = try lgraph(["--help"])
    #expect(result.status == 0)
    for command in [
      "validate", "show", "roles", "lineage", "chain", "paths", "render", "holdings", "duties",
      "compare", "regimes", "licenses", "trace",
    ] {
      #expect(result.stdout.contains(command))
    }
  }

  @Test func traceWritesEachFormat() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lgraph-trace-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = "examples/llama-3.1-lexbot.yaml"
    for ext in ["html", "md", "csv", "json", "txt"] {
      let out = dir.appendingPathComponent("report.\(ext)").path
      let result = try lgraph(["trace", file, "--incident", "lexbot-fake-citation", "-o", out])
      #expect(result.status == 0, "\(ext): \(result.stderr)")
      #expect(result.stdout.isEmpty)
      let text = try String(contentsOfFile: out, encoding: .utf8)
      #expect(text.lowercased().contains("lexco"), "\(ext)")
      // Only the report: no temporary file left beside it.
      let left = try FileManager.default.contentsOfDirectory(atPath: dir.path)
      #expect(!left.contains { $0.hasSuffix(".tmp") })
    }
    let html = try String(
      contentsOfFile: dir.appendingPathComponent("report.html").path, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<svg"))
    let json = try json(
      try lgraph(["trace", file, "--incident", "lexbot-fake-citation", "--format", "json"]).stdout)
    #expect((json["path"] as? [String])?.first == "lexbot")
    let regimes = try lgraph([
      "trace", file, "--incident", "lexbot-fake-citation", "--regime", "eu-pld", "--regime",
      "principles",
    ])
    #expect(regimes.status == 0)
    #expect(regimes.stdout.contains("EU Product Liability Directive (eu-pld): asked for"))
  }

  // The committed report of the main example is what the tool writes now
  // (regenerate with Scripts/render-examples).
  @Test func committedReportIsCurrent() throws {
    let result = try lgraph([
      "trace", "examples/llama-3.1-lexbot.yaml", "--incident", "lexbot-fake-citation",
      "--format", "md",
    ])
    #expect(result.status == 0)
    let committed = try String(
      contentsOf: e2eRoot.appendingPathComponent("examples/llama-3.1-lexbot-trace.md"),
      encoding: .utf8)
    #expect(result.stdout == committed)
  }

  @Test func traceRefusesWhatItCannotDo() throws {
    let file = "examples/llama-3.1-lexbot.yaml"
    let unknown = try lgraph(["trace", file, "--incident", "lexbot-fake"])
    #expect(unknown.status == 2)
    #expect(
      unknown.stderr
        == "error: unknown incident 'lexbot-fake'; the file's incidents: lexbot-fake-citation\n")
    let typo = try lgraph(["trace", file, "--incident", "lexbot-fake-citaton"])
    #expect(typo.stderr.contains("(did you mean 'lexbot-fake-citation'?)"))
    let badExtension = try lgraph([
      "trace", file, "--incident", "lexbot-fake-citation", "-o", "/tmp/report.docx",
    ])
    #expect(badExtension.status == 2)
    #expect(badExtension.stderr.contains("cannot tell the format of '/tmp/report.docx'"))
    let twice = try lgraph([
      "trace", file, "--incident", "lexbot-fake-citation", "--regime", "principles", "--regime",
      "principles",
    ])
    #expect(twice.status == 2)
    let missing = try lgraph(["trace", "no-such-file.yaml", "--incident", "x"])
    #expect(missing.status == 1)
  }
}
