import LiabilityGraph
import Testing

@Suite struct LicenseTests {
  @Test func builtinTableLoadsWithoutProblems() {
    let table = BuiltinLicenses.shared
    #expect(table.diagnostics.isEmpty, "\(table.diagnostics)")
    #expect(table.licenses.count >= 30)
    for id in [
      "Apache-2.0", "MIT", "CC-BY-4.0", "llama-2-community", "llama-3-community",
      "llama-3.1-community", "llama-3.2-community", "llama-3.3-community", "gemma-terms",
      "openrail-m", "bigscience-openrail-m", "creativeml-openrail-m", "proprietary",
    ] {
      #expect(table.license(id) != nil, "\(id)")
    }
  }

  @Test func builtinFactsThatDutiesDependOn() throws {
    let table = BuiltinLicenses.shared
    let apache = try #require(table.license("Apache-2.0"))
    #expect(apache.osiApproved == true)
    #expect(apache.revocable == false)
    #expect(apache.useRestrictions == false)
    let llama = try #require(table.license("llama-3.1-community"))
    #expect(llama.osiApproved == false)
    #expect(llama.revocable == false)
    #expect(llama.useRestrictions == true)
    let rail = try #require(table.license("openrail-m"))
    #expect(rail.useRestrictions == true)
    #expect(table.license("proprietary")?.revocable == true)
  }

  @Test func idsMatchCaseInsensitivelyAndByAlias() throws {
    let graph = try graph(
      header + """
        models:
          - {id: a, name: A, developer: meta, license: apache-2.0}
          - {id: b, name: B, developer: meta, license: llama3.1}
        """)
    let a = try #require(graph.node("a"))
    let b = try #require(graph.node("b"))
    #expect(graph.model(at: a)?.license == "Apache-2.0")
    #expect(graph.model(at: b)?.license == "llama-3.1-community")
    #expect(graph.node("llama-3.1-community") != nil)
  }

  // The checks ask `isCanonicalID` in place of `canonicalID(for:) == id`:
  // the two agree on every id, alias and letter case of the table.
  @Test func anExactBuiltinIDIsKnownAsSuch() {
    let table = BuiltinLicenses.shared
    var names = table.ids + ["llama3.1", "other", "cc-by-4.0", "not-a-license", ""]
    names += table.ids.flatMap { [$0.lowercased(), $0.uppercased()] }
    for name in names {
      #expect(table.isCanonicalID(name) == (table.canonicalID(for: name) == name), "\(name)")
    }
    #expect(table.isCanonicalID("Apache-2.0"))
    #expect(!table.isCanonicalID("apache-2.0"))
  }

  @Test func fileMayOverrideABuiltin() throws {
    let graph = try graph(
      header + """
        licenses:
          - id: llama-3.1-community
            name: Llama 3.1 (as our counsel reads it)
            osi_approved: false
            revocable: true
            use_restrictions: true
        models:
          - {id: a, name: A, developer: meta, license: llama-3.1-community}
        """)
    let license = try #require(graph.licenses["llama-3.1-community"])
    #expect(license.revocable == true)
    #expect(license.isBuiltin == false)
  }

  @Test func unknownLicenseSuggestsABuiltin() throws {
    let result = load(
      header + """
        models:
          - {id: a, name: A, developer: meta, license: Apache-2}
        """)
    let error = try onlyError(result)
    #expect(
      error.message
        == "unknown license 'Apache-2' (license of model 'a') (did you mean 'Apache-2.0'?)")
  }
}
