import Foundation
import Testing

/// The CSV registers of `duties`, `compare` and `lineage`, read back by an
/// RFC 4180 reader as a spreadsheet would.
@Suite struct RegisterTests {
  /// The records of a CSV text (quoted cells may hold commas, quotes and
  /// line breaks).
  static func records(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var cell = ""
    var quoted = false
    var characters = Array(text)[...]
    while let c = characters.popFirst() {
      if quoted {
        if c == "\"" {
          if characters.first == "\"" {
            cell.append("\"")
            characters.removeFirst()
          } else {
            quoted = false
          }
        } else {
          cell.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        record.append(cell)
        cell = ""
      } else if c == "\n" {
        record.append(cell)
        records.append(record)
        record = []
        cell = ""
      } else {
        cell.append(c)
      }
    }
    if !cell.isEmpty || !record.isEmpty { records.append(record + [cell]) }
    return records
  }

  /// Rows as dictionaries keyed by the header, after checking every row
  /// has the header's width.
  static func table(_ text: String) throws -> [[String: String]] {
    let records = Self.records(text)
    let header = try #require(records.first)
    for record in records.dropFirst() {
      #expect(record.count == header.count, "\(record)")
    }
    return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
  }

  @Test func dutiesRegisterHasOneRowPerAssignmentWithItsFindings() throws {
    let result = try lgraph(["duties", main, "--regime", "ca-ab2013", "--format", "csv"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.hasPrefix(
        "regime,as_of,party,party_name,rule,duty,subject,subject_name,citation,status,outcome,"
          + "due,open_on,findings,compliance,reasons,sources\n"))
    let rows = try Self.table(result.stdout)
    let json = try lgraph(["duties", main, "--regime", "ca-ab2013", "--format", "json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let assignments = try #require(object["assignments"] as? [[String: Any]])
    let exempt = try #require(object["exempt"] as? [[String: Any]])
    #expect(rows.count == assignments.count + exempt.count)
    // The fine-tuner's upstream reading names the pre-trainer as holder.
    let upstream = try #require(
      rows.first { $0["party"] == "acme-legal" && $0["rule"] == "ca-ab2013/3111-modifier-upstream" }
    )
    #expect(upstream["findings"] == "misallocated (held by meta)")
    #expect(upstream["status"] == "unverified")
    #expect(upstream["party_name"] == "Acme Legal AI, Inc. (hypothetical)")
    #expect(upstream["due"] == "now")
    // --party keeps that party's rows only.
    let one = try lgraph([
      "duties", main, "--regime", "ca-ab2013", "--party", "acme-legal", "--format", "csv",
    ])
    #expect(try Self.table(one.stdout).allSatisfy { $0["party"] == "acme-legal" })
  }

  @Test func dutiesRegisterShowsDeferredOpenAndExemptDuties() throws {
    let eu = try Self.table(
      try lgraph(["duties", main, "--regime", "eu-ai-act", "--format", "csv"])
        .stdout)
    let summary = try #require(
      eu.first { $0["party"] == "meta" && $0["rule"] == "eu-ai-act/53-1-d" })
    #expect(summary["due"] == "2027-08-02")
    #expect(summary["outcome"] == "owes")
    let open = try #require(
      eu.first { $0["party"] == "nous-research" && $0["outcome"] == "open" })
    #expect(open["open_on"]?.contains("general_purpose of hermes-3-llama-3.1-8b") == true)
    let principles = try Self.table(
      try lgraph(["duties", main, "--regime", "principles", "--format", "csv"]).stdout)
    let exempt = try #require(
      principles.first {
        $0["party"] == "meta" && $0["rule"] == "principles/answer-for-downstream-misuse"
      })
    #expect(exempt["outcome"] == "exempt")
    #expect(exempt["reasons"]?.hasPrefix("exempt: Principle 3") == true)
  }

  @Test func lineageRegisterHasOneRowPerNodeReached() throws {
    let result = try lgraph(["lineage", main, "--of", "llama-3.1-8b", "--down", "--format", "csv"])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = try Self.table(result.stdout)
    #expect(
      rows.map { $0["id"] ?? "" }.sorted() == [
        "acme-legal-8b", "hermes-3-llama-3.1-8b", "llama-3.1-8b-instruct",
        "llama-3.1-8b-instruct-gguf-bartowski",
      ])
    let gguf = try #require(rows.first { $0["id"] == "llama-3.1-8b-instruct-gguf-bartowski" })
    #expect(gguf["depth"] == "2")
    #expect(gguf["via"] == "quantize")
    #expect(gguf["from"] == "llama-3.1-8b-instruct")
    // The extension chooses the format.
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("lineage.csv").path
    #expect(try lgraph(["lineage", main, "--of", "acme-legal-8b", "-o", file]).status == 0)
    let up = try Self.table(try String(contentsOfFile: file, encoding: .utf8))
    #expect(up.contains { $0["id"] == "llama-3.1-8b" && $0["depth"] == "2" })
  }
}
