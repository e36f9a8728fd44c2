import LiabilityGraph
import Testing

/// Each kind of problem in a chain, on the smallest input that shows it,
/// with the code it must carry.
@Suite struct DiagnosticCodeTests {
  static let cases: [(String, String, DiagnosticCode)] = [
    ("empty", "", .notAChain),
    ("markdown", "# A model card\n\nSome text.\n", .notAChain),
    ("yaml syntax", "format: liability-graph/1\nparties: [\n", .syntaxError),
    ("duplicate key", "format: liability-graph/1\ntitle: a\ntitle: b\n", .duplicateKey),
    ("format", "format: liability-graph/2\n", .unknownFormat),
    ("wrong type", header + "models: {id: m}\n", .wrongType),
    ("invalid id", header + "models:\n  - {id: 'a b', name: M, developer: meta}\n", .invalidID),
    (
      "invalid number",
      header + "models:\n  - {id: m, name: M, developer: meta, parameters: -5}\n",
      .invalidNumber
    ),
    (
      "invalid date", header + "models:\n  - {id: m, name: M, developer: meta, released: soon}\n",
      .invalidDate
    ),
    (
      "invalid value", header + "models:\n  - {id: m, name: M, developer: meta, weights: shut}\n",
      .invalidValue
    ),
    (
      "jurisdiction",
      "format: liability-graph/1\nparties:\n  - {id: p, name: P, jurisdictions: [XX]}\n",
      .invalidJurisdiction
    ),
    ("missing key", header + "models:\n  - {id: m, developer: meta}\n", .missingKey),
    (
      "unknown key", header + "models:\n  - {id: m, name: M, developer: meta, size: 7}\n",
      .unknownKey
    ),
    (
      "validity",
      header + "models:\n  - {id: m, name: M, developer: meta, valid_from: 2025-01-01, "
        + "valid_to: 2024-01-01}\n", .validityOrder
    ),
    ("duplicate id", header + "models:\n  - {id: meta, name: M, developer: meta}\n", .duplicateID),
    (
      "unknown reference", header + "models:\n  - {id: m, name: M, developer: mta}\n",
      .unknownReference
    ),
    (
      "wrong kind",
      header
        + "models:\n  - {id: m, name: M, developer: meta}\n  - {id: n, name: N, developer: m}\n",
      .wrongKind
    ),
    (
      "lineage cycle",
      header + "models:\n  - {id: a, name: A, developer: meta, derived_from: [{model: b}]}\n"
        + "  - {id: b, name: B, developer: meta, derived_from: [{model: a}]}\n", .lineageCycle
    ),
    (
      "lineage relation",
      header + "models:\n  - {id: a, name: A, developer: meta}\n"
        + "  - {id: b, name: B, developer: meta, derived_from: [{model: a, relation: merge}]}\n",
      .lineageRelation
    ),
    (
      "contract parties",
      header + "contracts:\n  - {id: c, parties: [meta]}\n", .contractParties
    ),
  ]

  @Test(arguments: cases.map { ($0.0, $0.1, $0.2.rawValue) })
  func eachProblemCarriesItsCode(name: String, text: String, code: String) {
    let result = load(text)
    let codes = result.errors.map(\.code.rawValue)
    #expect(codes.contains(code), "\(name): \(result.diagnostics)")
    // Printed with it, in brackets after the severity.
    #expect(
      result.errors.allSatisfy { $0.description.contains(": error: [\($0.code)] \($0.message)") })
  }

  @Test func warningsCarryTheirCodes() throws {
    let result = load(
      header + """
        models:
          - {id: a, name: A, developer: meta, released: 2025-01-01}
          - {id: b, name: B, developer: meta, released: 2024-01-01,
             derived_from: [{model: a, relation: finetune}], trained_on: [d, d]}
        datasets:
          - {id: d, name: D}
        """)
    #expect(result.errors.isEmpty, "\(result.errors)")
    #expect(Set(result.warnings.map(\.code)) == [.dateOrder, .listedTwice])
  }

  @Test func codesAreDistinctAndListed() {
    let raw = DiagnosticCode.all.map(\.rawValue)
    #expect(Set(raw).count == raw.count)
    #expect(raw.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "-" || $0.isNumber } })
    // Every code a table case uses is listed.
    #expect(Set(Self.cases.map(\.2)).isSubset(of: Set(DiagnosticCode.all)))
  }
}
