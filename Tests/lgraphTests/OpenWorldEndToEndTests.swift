import Foundation
import Testing

/// The open world as a user runs it: `duties --explain`, "No duties" with
/// its reasons, `render --incident`, warning summaries and `--quiet`,
/// `regimes show` with the harms a pack answers for.
@Suite struct OpenWorldEndToEndTests {
  /// Writes `text` to a fresh file and returns its path.
  static func file(_ text: String, _ name: String = "chain.yaml") throws -> String {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("lgraph-ow-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  static let openModel = """
    format: liability-graph/1
    parties:
      - {id: lab, name: Lab, kind: company, jurisdictions: [US]}
    models:
      - id: m
        name: M
        developer: lab
        general_purpose: true
        weights: open
        license: Apache-2.0
        training_compute_flop: 1.0e24
        derived_from: []
    products:
      - {id: app, name: App, vendor: lab, uses: [{model: m, runs: self-hosted}], markets: [EU]}
    """

  // An open duty reads "owes … unless", with the fact that decides it, and
  // JSON says `outcome: open` with `open_on`.
  @Test func openDutiesSayWhatDecidesThem() throws {
    let path = try Self.file(Self.openModel)
    let text = try lgraph(["duties", path, "--regime", "eu-ai-act", "--as-of", "2026-09-01"])
    #expect(text.status == 0)
    let flat = text.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(
      flat.contains(
        "owes technical-documentation for m, Art. 53(1)(a), unless `monetized` of m (not "
          + "stated) makes it exempt"))
    let out = try lgraph(
      ["duties", path, "--regime", "eu-ai-act", "--as-of", "2026-09-01", "--format", "json"])
    let object = try json(out.stdout)
    let assignments = try #require(object["assignments"] as? [[String: Any]])
    let a = try #require(assignments.first { $0["rule"] as? String == "eu-ai-act/53-1-a" })
    #expect(a["outcome"] as? String == "open")
    let openOn = try #require(a["open_on"] as? [[String: Any]])
    #expect(openOn.first?["fact"] as? String == "monetized")
    #expect((openOn.first?["effect"] as? String)?.contains("exempt") == true)
    #expect(openOn.first?["if_stated"] as? String == "exempt")
  }

  // "No duties" always says why; --explain lists every rule not applied.
  @Test func noDutiesSaysWhyAndExplainListsEveryRule() throws {
    let path = try Self.file(Self.openModel)
    let none = try lgraph(["duties", path, "--regime", "ny-raise-2026", "--as-of", "2027-02-01"])
    #expect(none.status == 0)
    #expect(none.stdout.contains("No duties under this regime for this chain on this date"))
    #expect(none.stdout.contains("Why:"))
    let explained = try lgraph(
      ["duties", path, "--regime", "eu-ai-act", "--as-of", "2026-09-01", "--explain"])
    #expect(explained.stdout.contains("Not applied"))
    #expect(explained.stdout.contains("eu-ai-act/16: not in force on 2026-09-01"))
    #expect(explained.stdout.contains("no party in the chain is gpai-modifier"))
    let object = try json(
      try lgraph([
        "duties", path, "--regime", "eu-ai-act", "--as-of", "2026-09-01", "--explain",
        "--format", "json",
      ]).stdout)
    let notApplied = try #require(object["not_applied"] as? [[String: Any]])
    let systemic = try #require(notApplied.first { $0["rule"] as? String == "eu-ai-act/52-1" })
    #expect((systemic["reason"] as? String)?.contains("1.0e25") == true)
    #expect((object["unapplied"] as? [[String: Any]])?.isEmpty == false)
  }

  // render --incident draws the chain as of the incident's date with the
  // path highlighted: the model that ended before it is left out, the
  // path's nodes and edges drawn bold.
  @Test func renderIncidentDrawsThePathAsOfItsDate() throws {
    let result = try lgraph([
      "render", "examples/llama-3.1-lexbot.yaml", "--incident", "lexbot-fake-citation",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("the chain as of 2026-03-14"))
    let dot = result.stdout
    #expect(dot.contains("Incident lexbot-fake-citation, its path highlighted"))
    // The AWS API ended on 2025-10-01: not in the chain that day.
    #expect(!dot.contains("acme-legal-api-aws"))
    // The path's nodes are highlighted; a model off the path is not.
    func line(_ id: String) -> String {
      dot.split(separator: "\n").first { $0.contains("\"\(id)\" [") }.map(String.init) ?? ""
    }
    #expect(line("lexbot").contains("penwidth"))
    #expect(line("acme-legal-8b").contains("penwidth"))
    #expect(!line("llama-3.1-8b-instruct").contains("penwidth=3"))
    let both = try lgraph([
      "render", "examples/llama-3.1-lexbot.yaml", "--incident", "lexbot-fake-citation",
      "--as-of", "2025-01-01",
    ])
    #expect(both.status == 2)
    #expect(both.stderr.contains("leave out --as-of"))
    let unknown = try lgraph([
      "render", "examples/llama-3.1-lexbot.yaml", "--incident", "lexbot-fake-citatoin",
    ])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("did you mean 'lexbot-fake-citation'"))
  }

  /// A chain with 30 warnings of one kind and one of another.
  static let noisy: String = {
    var lines = [
      "format: liability-graph/1", "parties:", "  - {id: p, name: P}", "models:",
      "  - {id: base, name: Base, developer: p, released: 2025-01-01, derived_from: []}",
    ]
    for i in 0..<30 {
      lines.append(
        "  - {id: m\(i), name: M\(i), developer: p, released: 2024-01-01, "
          + "derived_from: [{model: base, relation: finetune}]}")
    }
    lines.append("products:")
    lines.append("  - {id: app, name: App, vendor: p, uses: [base], markets: [EU, EU]}")
    return lines.joined(separator: "\n") + "\n"
  }()

  // Above 20 warnings a command prints the first of each kind and a count
  // per kind; --all-warnings prints all, --quiet none.
  @Test func manyWarningsAreSummarisedByKind() throws {
    let path = try Self.file(Self.noisy)
    let summarised = try lgraph(["roles", path])
    #expect(summarised.status == 0, "\(summarised.stderr)")
    let warnings = summarised.stderr.split(separator: "\n").filter { $0.contains(": warning: ") }
    #expect(warnings.count < 5)
    #expect(summarised.stderr.contains("note: 31 warnings of 2 kinds"))
    #expect(summarised.stderr.contains("  1 × … is listed twice in … (first at \(path):"))
    #expect(
      summarised.stderr.contains(
        "  30 × … is dated N, before its base … was released (N) (first at \(path):6:"))
    let all = try lgraph(["roles", path, "--all-warnings"])
    #expect(all.stderr.split(separator: "\n").filter { $0.contains(": warning: ") }.count == 31)
    let quiet = try lgraph(["roles", path, "--quiet"])
    #expect(quiet.stderr.isEmpty)
    #expect(quiet.stdout == summarised.stdout)
    let clash = try lgraph(["roles", path, "--quiet", "--all-warnings"])
    #expect(clash.status == 2)
  }

  // `regimes show` names the harms the pack answers for; `regimes list`
  // too.
  @Test func regimesShowTheHarmsAnsweredFor() throws {
    let show = try lgraph(["regimes", "show", "co-sb24-205"])
    #expect(show.stdout.contains("answers for harm: discrimination"))
    let list = try lgraph(["regimes", "--format", "json"])
    let regimes = try #require(try json(list.stdout)["regimes"] as? [[String: Any]])
    let pld = try #require(regimes.first { $0["id"] as? String == "eu-pld" })
    #expect((pld["harms"] as? [String])?.contains("death") == true)
    #expect(pld["answers_for_harm"] as? Bool == true)
  }

  // Files that are not chains say what they are.
  @Test func aFileThatIsNotAChainSaysWhatItIs() throws {
    let markdown = try Self.file("# Incident notes\n\nThe bot said...\n", "notes.md")
    let result = try lgraph(["validate", markdown])
    #expect(result.status == 1)
    #expect(result.stderr.contains("looks like Markdown (a heading at line 1)"))
  }
}
