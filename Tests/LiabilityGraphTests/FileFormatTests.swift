import LiabilityGraph
import Testing

/// The one table of file extensions.
@Suite struct FileFormatTests {
  static let names: [(String, FileFormat?)] = [
    ("a/b.json", .json), ("chain.YML", .yaml), ("chain.yaml", .yaml), ("r.markdown", .md),
    ("r.md", .md), ("t.htm", .html), ("t.HTML", .html), ("g.gv", .dot), ("g.dot", .dot),
    ("x.txt", .text), ("x.csv", .csv), ("x.svg", .svg), ("x.png", .png), ("x.pdf", .pdf),
    ("x.jpeg", nil), ("noextension", nil), ("dir.d/file", nil), ("trailing.", nil),
  ]

  @Test(arguments: names)
  func aNameNamesItsFormat(name: String, format: FileFormat?) {
    #expect(FileFormat(fileName: name) == format, "\(name)")
  }

  @Test func everyExtensionNamesOneFormat() {
    let all = FileFormat.allCases.flatMap(\.extensions)
    #expect(Set(all).count == all.count)
    for format in FileFormat.allCases {
      for ending in format.extensions { #expect(FileFormat(fileName: "f." + ending) == format) }
    }
  }

  @Test func aChainFileIsJSONOnlyByItsName() {
    #expect(DocumentWriter.Format(fileName: "a.JSON") == .json)
    #expect(DocumentWriter.Format(fileName: "a.lg") == .yaml)
    #expect(DocumentWriter.Format(FileFormat.csv) == nil)
    #expect(FileFormat.extensionList([.md, .csv]) == ".md, .markdown or .csv")
  }
}
