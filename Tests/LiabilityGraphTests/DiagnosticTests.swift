import Foundation
import LiabilityGraph
import Testing

/// One test per diagnostic: each asserts the message and the location.
@Suite struct DiagnosticTests {
  @Test func duplicateIDPointsAtBoth() throws {
    let result = load(
      header + """
        models:
          - id: meta
            name: Llama
            developer: meta
        """)
    let error = try onlyError(result)
    #expect(error.message == "duplicate id 'meta': already used by a party")
    #expect(error.location == SourceLocation(file: "t.yaml", line: 8, column: 9))
    #expect(error.notes.count == 1)
    #expect(error.notes.first?.location == SourceLocation(file: "t.yaml", line: 3, column: 9))
    #expect(error.code == .duplicateID)
    #expect(
      error.description == """
        t.yaml:8:9: error: [duplicate-id] duplicate id 'meta': already used by a party
        t.yaml:3:9: note: 'meta' first defined here
        """)
  }

  @Test func danglingReferenceSuggestsCloseID() throws {
    let result = load(
      header + """
        models:
          - id: llama
            name: Llama
            developer: metaa
        """)
    let error = try onlyError(result)
    #expect(
      error.message
        == "unknown party 'metaa' (developer of model 'llama') (did you mean 'meta'?)")
    #expect(error.location.line == 10)
    #expect(error.location.column == 16)
  }

  @Test func danglingReferenceWithoutCloseIDHasNoSuggestion() throws {
    let result = load(
      header + """
        models:
          - id: llama
            name: Llama
            developer: openai
        """)
    let error = try onlyError(result)
    #expect(error.message == "unknown party 'openai' (developer of model 'llama')")
  }

  @Test func referenceToWrongKindSaysWhatItIs() throws {
    let result = load(
      header + """
        models:
          - id: llama
            name: Llama
            developer: meta
          - id: tune
            name: Tune
            developer: llama
        """)
    let error = try onlyError(result)
    #expect(
      error.message
        == "'llama' is a model, but the developer of model 'tune' must be a party")
    #expect(error.location.line == 13)
  }

  @Test func lineageCycleIsPrinted() throws {
    let result = load(
      header + """
        models:
          - id: a
            name: A
            developer: meta
            derived_from: [{model: c, relation: finetune}]
          - id: b
            name: B
            developer: meta
            derived_from: [{model: a, relation: finetune}]
          - id: c
            name: C
            developer: meta
            derived_from: [{model: b, relation: finetune}]
        """)
    let error = try onlyError(result)
    #expect(
      error.message
        == "lineage cycle: a → c → b → a (each model is listed as derived from the next)")
    #expect(error.location.line == 15)
  }

  @Test func selfDerivationIsACycle() throws {
    let result = load(
      header + """
        models:
          - id: a
            name: A
            developer: meta
            derived_from:
              - model: a
                relation: finetune
        """)
    let error = try onlyError(result)
    #expect(error.message.hasPrefix("lineage cycle: a → a"))
    #expect(error.location == SourceLocation(file: "t.yaml", line: 12, column: 9))
  }

  @Test func mergeNeedsTwoBases() throws {
    let result = load(
      header + """
        models:
          - id: a
            name: A
            developer: meta
          - id: m
            name: M
            developer: meta
            derived_from:
              - model: a
                relation: merge
        """)
    let error = try onlyError(result)
    #expect(
      error.message
        == "'merge' needs two or more bases, but model 'm' names one ('a'); "
        + "use another relation for a single base")
    #expect(error.location == SourceLocation(file: "t.yaml", line: 15, column: 9))
  }

  @Test func nonMergeRelationTakesOneBase() throws {
    let result = load(
      header + """
        models:
          - id: a
            name: A
            developer: meta
          - id: b
            name: B
            developer: meta
          - id: f
            name: F
            developer: meta
            derived_from:
              - model: a
                relation: finetune
              - model: b
                relation: finetune
        """)
    let error = try onlyError(result)
    #expect(
      error.message
        == "'finetune' takes one base, but model 'f' names several ('a', 'b'); "
        + "use 'merge' for a model made from several bases")
    #expect(error.location.line == 20)
    #expect(error.notes.first?.location.line == 18)
  }

  @Test func distilledFinetuneWithTeacherIsAllowed() throws {
    let graph = try graph(
      header + """
        models:
          - id: teacher
            name: T
            developer: meta
          - id: student
            name: S
            developer: meta
          - id: d
            name: D
            developer: meta
            derived_from:
              - {model: student, relation: finetune}
              - {model: teacher, relation: distill}
        """)
    let d = try #require(graph.node("d"))
    #expect(ids(graph, graph.ancestors(of: d)) == ["student", "teacher"])
  }

  @Test func unknownKeySuggestsTheKnownOne() throws {
    let result = load(
      header + """
        models:
          - id: a
            nmae: A
            name: A
            developer: meta
        """)
    let error = try onlyError(result)
    #expect(
      error.message
        == "unknown key 'nmae' in model 'a' (did you mean 'name'?); "
        + "put free-form data under 'extra:'")
    #expect(error.location == SourceLocation(file: "t.yaml", line: 9, column: 5))
  }

  @Test func extraKeysAreKept() throws {
    let graph = try graph(
      header + """
        models:
          - id: a
            name: A
            developer: meta
            extra: {hub_downloads: 12, note: "kept", tags: [x, y]}
        """)
    let node = try #require(graph.node("a"))
    let model = try #require(graph.model(at: node))
    #expect(model.fact.extra.map(\.key) == ["hub_downloads", "note", "tags"])
    #expect(model.fact.extra.first?.value == .number(12))
  }

  @Test func badEnumValueListsAllowedOnes() throws {
    let result = load(
      header + """
        models:
          - id: a
            name: A
            developer: meta
            weights: opne
        """)
    let error = try onlyError(result)
    #expect(
      error.message
        == "'opne' is not a valid value for 'weights' (did you mean 'open'?); "
        + "allowed: open, gated, closed, api-only (or unknown, when it is not known)")
    #expect(error.location == SourceLocation(file: "t.yaml", line: 11, column: 14))
  }

  @Test func badDate() throws {
    let result = load(
      header + """
        models:
          - id: a
            name: A
            developer: meta
            released: 2024-02-30
        """)
    let error = try onlyError(result)
    // A day the calendar does not have says so.
    #expect(
      error.message
        == "'released' is not a date: 2024-02-30 does not exist (February 2024 has 29 days)")
    #expect(error.location == SourceLocation(file: "t.yaml", line: 11, column: 15))
  }

  @Test func validToBeforeValidFrom() throws {
    let result = load(
      header + """
        models:
          - id: a
            name: A
            developer: meta
            valid_from: 2025-01-01
            valid_to: 2024-01-01
        """)
    let error = try onlyError(result)
    #expect(error.message == "valid_to (2024-01-01) is before valid_from (2025-01-01)")
    #expect(error.location == SourceLocation(file: "t.yaml", line: 12, column: 15))
  }

  @Test func negativeNumber() throws {
    let result = load(
      header + """
        models:
          - id: a
            name: A
            developer: meta
            training_compute_flop: -1.0e24
        """)
    let error = try onlyError(result)
    #expect(error.message == "'training_compute_flop' must not be negative, found -1.0e24")
    #expect(error.location == SourceLocation(file: "t.yaml", line: 11, column: 28))
  }

  @Test func nonNumericNumber() throws {
    let result = load(
      header + """
        models:
          - id: a
            name: A
            developer: meta
            parameters: 8B
        """)
    let error = try onlyError(result)
    #expect(error.message == "'parameters' must be a number, found '8B'")
    #expect(error.location.line == 11)
  }

  // Numbers beyond what a double holds are said to be, not misread.
  @Test func numbersOutOfRange() throws {
    for (value, message) in [
      (
        "1e400",
        "'training_compute_flop' is too large to hold: 1e400 is beyond the range of a number"
      ),
      ("1e-400", "'training_compute_flop' is too small to hold: 1e-400 would read as 0"),
    ] {
      let result = load(
        header + """
          models:
            - id: a
              name: A
              developer: meta
              training_compute_flop: \(value)
          """)
      #expect(try onlyError(result).message == message)
    }
    #expect(
      load(
        header + """
          models:
            - id: a
              name: A
              developer: meta
              training_compute_flop: 0.0e10
          """
      ).errors.isEmpty)
    let big = load(
      header.replacingOccurrences(of: "kind: company", with: "employees: 99999999999999999999"))
    #expect(
      try onlyError(big).message
        == "'employees' is too large: it must be less than 10^15, found 1e+20")
    let fraction = load(header.replacingOccurrences(of: "kind: company", with: "employees: 2.5"))
    #expect(try onlyError(fraction).message == "'employees' must be a whole number, found 2.5")
  }

  // Each unknown source in a list is reported where it is written.
  @Test func unknownSourcesAtTheirOwnColumns() throws {
    let result = load(
      header + """
        models:
          - {id: a, name: A, developer: meta, sources: [nope-one, nope-two]}
        """)
    let columns = result.errors.map(\.location.column)
    #expect(result.errors.count == 2)
    #expect(columns.count == 2 && columns[0] != columns[1], "\(result.errors)")
  }

  @Test func quotedNumberIsAWrongType() throws {
    let result = load(
      header + """
        models:
          - id: a
            name: A
            developer: meta
            parameters: "8e9"
        """)
    let error = try onlyError(result)
    #expect(
      error.message
        == "'parameters' must be a number, found a quoted string \"8e9\" (remove the quotes)")
  }

  @Test func wrongType() throws {
    let result = load(
      header + """
        models:
          - id: a
            name: A
            developer: meta
            trained_on: {id: x}
        """)
    let error = try onlyError(result)
    #expect(error.message == "'trained_on' must be a list, found a mapping")
    #expect(error.location == SourceLocation(file: "t.yaml", line: 11, column: 17))
  }

  @Test func scalarWhereAListBelongsSaysHowToWriteIt() throws {
    let result = load(header.replacingOccurrences(of: "[US, US-CA]", with: "US"))
    let error = try onlyError(result)
    #expect(
      error.message == "'jurisdictions' must be a list, found a scalar (write it as [value])")
  }

  @Test func emptyFile() throws {
    for text in ["", "   \n\n", "# only a comment\n"] {
      let error = try onlyError(load(text))
      #expect(error.message == "the file is empty")
      #expect(error.location == SourceLocation(file: "t.yaml", line: 1, column: 1))
    }
  }

  @Test func nonUTF8Bytes() throws {
    var bytes = Array((header + "title: caf").utf8)
    bytes.append(0xE9)  // Latin-1 é
    bytes += Array("\n".utf8)
    let result = Loader.load(bytes: bytes, file: "t.yaml", json: false)
    let error = try onlyError(result)
    #expect(
      error.message
        == "the file is not UTF-8: byte 0xE9 at offset \(bytes.count - 2) is not "
        + "valid UTF-8 (save the file as UTF-8)")
    #expect(error.location == SourceLocation(file: "t.yaml", line: 7, column: 11))
  }

  @Test func unknownFormatVersion() throws {
    let error = try onlyError(load("format: liability-graph/2\nparties: []\n"))
    #expect(
      error.message
        == "unknown format 'liability-graph/2'; this version of lgraph reads "
        + "'liability-graph/1'")
    #expect(error.location == SourceLocation(file: "t.yaml", line: 1, column: 9))
  }

  @Test func missingFormat() throws {
    let error = try onlyError(load("parties: []\n"))
    #expect(error.message == "missing 'format: liability-graph/1' at the top of the file")
  }

  @Test func yamlAliasBombIsRejected() throws {
    var text = "format: liability-graph/1\nextra:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for level in 1...9 {
      let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
      text += "  a\(level): &a\(level) [\(refs)]\n"
    }
    let error = try onlyError(load(text))
    #expect(error.message.hasPrefix("YAML aliases expand to more than 100000 values here"))
    #expect(error.message.contains("alias bomb"))
  }

  // The ceiling on what aliases add is fixed: a bomb padded to megabytes
  // (which raised a budget that grew with the file) is stopped at the same
  // place, before it expands.
  @Test func aPaddedAliasBombMeetsTheSameCeiling() throws {
    var text = "format: liability-graph/1\nextra:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for level in 1...7 {
      let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
      text += "  a\(level): &a\(level) [\(refs)]\n"
    }
    // 10^7 values from 1 KB of aliases, padded with 4 MB of comments.
    text += String(repeating: "# " + String(repeating: "p", count: 998) + "\n", count: 4_000)
    let error = try onlyError(load(text))
    #expect(error.message.hasPrefix("YAML aliases expand to more than 100000 values here"))
    // Stopped inside the aliases, not at the top of the file.
    #expect(error.location.line > 3 && error.location.line <= 10)
  }

  @Test func modestAliasesAreFine() throws {
    let graph = try graph(
      header + """
        sources:
          - id: card
            title: A model card
        models:
          - id: a
            name: A
            developer: meta
            sources: &common [card]
          - id: b
            name: B
            developer: meta
            sources: *common
        """)
    let node = try #require(graph.node("b"))
    let b = try #require(graph.model(at: node))
    #expect(b.fact.sources == ["card"])
  }

  @Test func deeplyNestedYAMLIsRejectedUnread() throws {
    let text =
      "format: liability-graph/1\nextra:\n  deep: " + String(repeating: "[", count: 100_000)
    let error = try onlyError(load(text))
    #expect(error.message.hasPrefix("nesting deeper than 64 levels"))
    #expect(error.location.line == 3)
  }

  @Test func deeplyNestedBlockYAMLIsRejected() throws {
    var text = "format: liability-graph/1\nextra:\n"
    for depth in 1...80 {
      text += String(repeating: "  ", count: depth) + "k\(depth):\n"
    }
    let error = try onlyError(load(text))
    #expect(error.message.hasPrefix("nesting deeper than 64 levels"))
  }

  @Test func deeplyNestedJSONIsRejected() throws {
    let text =
      "{\"format\": \"liability-graph/1\", \"extra\": " + String(repeating: "[", count: 100_000)
    let error = try onlyError(load(text, json: true))
    #expect(error.message.hasPrefix("JSON: nesting deeper than 64 levels"))
    #expect(error.location.file == "t.json")
  }

  @Test func jsonDuplicateKeyPointsAtBoth() throws {
    let text = """
      {"format": "liability-graph/1",
       "title": "a",
       "title": "b"}
      """
    let error = try onlyError(load(text, json: true))
    #expect(error.message == "JSON: duplicate key 'title' in one object")
    #expect(error.location == SourceLocation(file: "t.json", line: 3, column: 2))
    #expect(error.notes.first?.location == SourceLocation(file: "t.json", line: 2, column: 2))
  }

  @Test func jsonSyntaxErrorHasLocation() throws {
    let error = try onlyError(
      load("{\"format\": \"liability-graph/1\",\n  \"parties\": [,]}", json: true))
    #expect(error.message == "JSON: unexpected character where a value was expected")
    #expect(error.location == SourceLocation(file: "t.json", line: 2, column: 15))
  }

  @Test func yamlSyntaxErrorHasLocation() throws {
    let result = load("format: liability-graph/1\nparties:\n  - id: a\n   name: b\n")
    let error = try onlyError(result)
    #expect(error.message.hasPrefix("YAML syntax:"))
    #expect(error.location.line == 4)
  }

  @Test func tabIndentationSaysSo() throws {
    let error = try onlyError(load("format: liability-graph/1\nparties:\n\t- id: x\n"))
    #expect(error.message == "YAML syntax: a tab cannot indent YAML; indent with spaces")
    #expect(error.location == SourceLocation(file: "t.yaml", line: 3, column: 1))
  }

  @Test func topLevelMustBeAMapping() throws {
    let error = try onlyError(load("- a\n- b\n"))
    #expect(
      error.message
        == "the file is a list, not a liability-graph file: a chain is a mapping that starts "
        + "with 'format: liability-graph/1'")
    #expect(error.location == SourceLocation(file: "t.yaml", line: 1, column: 1))
  }

  @Test func yamlDuplicateKey() throws {
    let error = try onlyError(load("format: liability-graph/1\ntitle: a\ntitle: b\n"))
    #expect(error.message == "duplicate key 'title' in one mapping")
    // At the second key, with a note at the first, as for JSON.
    #expect(error.location == SourceLocation(file: "t.yaml", line: 3, column: 1))
    #expect(error.notes.first?.location == SourceLocation(file: "t.yaml", line: 2, column: 1))
  }

  // Mappings past a few keys look repeated keys up by an index: the same
  // answer, at the same places.
  @Test func yamlDuplicateKeyInALargeMapping() throws {
    var text = "format: liability-graph/1\nextra:\n"
    for i in 0..<40 { text += "  k\(i): \(i)\n" }
    text += "  k7: again\n"
    let error = try onlyError(load(text))
    #expect(error.code == .duplicateKey)
    #expect(error.message == "duplicate key 'k7' in one mapping")
    #expect(error.location == SourceLocation(file: "t.yaml", line: 43, column: 3))
    #expect(error.notes.first?.location == SourceLocation(file: "t.yaml", line: 10, column: 3))
  }

  @Test func aSecondYAMLDocumentIsRefused() throws {
    let error = try onlyError(load("format: liability-graph/1\n---\ntitle: b\n"))
    #expect(error.code == .syntaxError)
    #expect(error.message.contains("a second document starts here"))
    #expect(error.location.line == 2)
  }

  @Test func anUndefinedAliasSaysWhich() throws {
    let error = try onlyError(load("format: liability-graph/1\ntitle: *nowhere\n"))
    #expect(error.code == .syntaxError)
    #expect(error.message == "YAML syntax: found undefined alias '*nowhere'")
    #expect(error.location == SourceLocation(file: "t.yaml", line: 2, column: 8))
  }

  // An alias stands for the whole anchored value, a mapping included, and
  // its key text when it is a key.
  @Test func aliasesCopyWholeValues() throws {
    let graph = try graph(
      header + """
        sources:
          - &card
            id: card
            title: A model card
        models:
          - id: a
            name: &n A
            developer: meta
            sources: [card]
        """)
    let node = try #require(graph.node("a"))
    #expect(graph.model(at: node)?.name == "A")
    let doubled = load(header + "sources:\n  - &s {id: one, title: T}\n  - *s\n")
    #expect(doubled.diagnostics.contains { $0.code == .duplicateID })
  }

  @Test func everyProblemIsReportedInOnePass() throws {
    let result = load(
      header + """
        models:
          - id: a
            name: A
            developer: nobody
            weights: shut
            released: yesterday
          - id: a
            developer: meta
        """)
    #expect(result.document == nil)
    #expect(result.graph == nil)
    let messages = result.errors.map(\.message)
    #expect(result.errors.count == 5, "\(messages)")
    #expect(messages.contains { $0.hasPrefix("unknown party 'nobody'") })
    #expect(messages.contains { $0.hasPrefix("'shut' is not a valid value") })
    #expect(messages.contains { $0.hasPrefix("'released' must be a date") })
    #expect(messages.contains { $0.hasPrefix("duplicate id 'a'") })
    #expect(messages.contains { $0 == "model 'a' needs 'name'" })
    // Sorted by place.
    let lines = result.errors.map(\.location.line)
    #expect(lines == lines.sorted())
  }

  @Test func assertedRoleThatTheGraphDoesNotShowIsAWarning() throws {
    let result = load(
      """
      format: liability-graph/1
      parties:
        - id: cloud
          name: Cloud
          kind: company
          roles: [host]
      """)
    #expect(result.errors.isEmpty)
    #expect(result.graph != nil)
    let warning = try #require(result.warnings.first)
    #expect(
      warning.message
        == "party 'cloud' is asserted to be host, but the graph does not show it "
        + "(derived roles: none)")
    #expect(warning.location.line == 3)
  }

  @Test func missingFileIsAnError() throws {
    let result = Loader.load(path: "/nonexistent/chain.yaml")
    let error = try onlyError(result)
    #expect(error.message == "the file does not exist")
    #expect(error.location.file == "/nonexistent/chain.yaml")
  }

  @Test func badJurisdiction() throws {
    let error = try onlyError(load(header.replacingOccurrences(of: "US-CA", with: "California")))
    #expect(error.message.hasPrefix("'California' in 'jurisdictions' is not a jurisdiction"))
    // Codes of the right shape that ISO 3166 does not have.
    for (code, message) in [
      ("UK", "'UK' in 'jurisdictions' is not an ISO 3166 code (ISO 3166-1 writes it GB)"),
      (
        "QQ",
        "'QQ' in 'jurisdictions' is not an ISO 3166 code: QQ is not an ISO 3166-1 country code"
      ),
      (
        "US-ZZ",
        "'US-ZZ' in 'jurisdictions' is not an ISO 3166 code: ZZ is not one of its ISO 3166-2 "
          + "subdivisions"
      ),
    ] {
      let error = try onlyError(load(header.replacingOccurrences(of: "US-CA", with: code)))
      #expect(error.message == message)
    }
    // Subdivisions of other countries are checked for shape only.
    #expect(load(header.replacingOccurrences(of: "US-CA", with: "CN-ZJ")).errors.isEmpty)
  }

  @Test func unknownMOFComponent() throws {
    let result = load(
      header + """
        models:
          - id: a
            name: A
            developer: meta
            components:
              Model architectur: Apache-2.0
        """)
    let error = try onlyError(result)
    #expect(
      error.message.hasPrefix(
        "'Model architectur' is not a Model Openness Framework component (did you mean 'Model architecture'?)"
      ))
  }

  /// A file where `acme` runs `api` and `lex` builds `app` on it; `change`
  /// is spliced into the product.
  static func systemChangeFile(_ change: String, vendor: String = "lex") -> String {
    """
    format: liability-graph/1
    parties:
      - {id: meta, name: Meta, kind: company}
      - {id: lex, name: Lex, kind: company}
    models:
      - {id: m, name: M, developer: meta}
    services:
      - {id: api, name: API, provider: meta, model: m}
      - {id: other, name: Other, provider: meta, model: m}
    products:
      - {id: app, name: App, vendor: meta, uses: [api]}
      - id: lexbot
        name: LexBot
        vendor: \(vendor)
        uses: [api]
        system_changes: [\(change)]
    """
  }

  @Test func systemChangeErrors() throws {
    let cases: [(String, String)] = [
      (
        "{system: m, change: rebrand}",
        "'m' is a model, but the system changed by product "
          + "'lexbot' must be a service or product"
      ),
      (
        "{system: lexbot, change: rebrand}",
        "product 'lexbot' cannot change itself; 'system' "
          + "names the other party's service or product it rebrands, modifies or repurposes"
      ),
      (
        "{system: api, change: rebrnd}",
        "'rebrnd' is not a valid value for 'change' (did you "
          + "mean 'rebrand'?); allowed: rebrand, substantial-modification, new-purpose"
      ),
      ("{system: api}", "a 'system_changes' entry of product 'lexbot' needs 'change'"),
      (
        "{system: api, change: rebrand, how: x}",
        "unknown key 'how' in a 'system_changes' "
          + "entry of product 'lexbot'"
      ),
    ]
    for (change, message) in cases {
      let error = try onlyError(load(Self.systemChangeFile(change)))
      #expect(error.message.hasPrefix(message), "\(error.message)")
      #expect(error.location.line == 16)
    }
  }

  @Test func systemChangeWarnings() throws {
    let own = load(
      Self.systemChangeFile("{system: api, change: rebrand}", vendor: "meta"))
    #expect(own.errors.isEmpty, "\(own.diagnostics)")
    #expect(
      own.diagnostics.map(\.message) == [
        "product 'lexbot' lists a change to 'api', which its own vendor 'meta' provides; a "
          + "rebrand, substantial modification or new purpose concerns another party's system"
      ])
    #expect(own.diagnostics.first?.location.line == 16)
    let unused = load(Self.systemChangeFile("{system: other, change: new-purpose}"))
    #expect(unused.errors.isEmpty, "\(unused.diagnostics)")
    #expect(
      unused.diagnostics.map(\.message) == [
        "product 'lexbot' changes service 'other' but does not list it in 'uses'"
      ])
  }
}
