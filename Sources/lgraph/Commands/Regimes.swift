import ArgumentParser
import LiabilityGraph
import LiabilityReports
import LiabilityRules

struct Regimes: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "The regime packs: list them, or show one as a lawyer reads it.",
    subcommands: [RegimesList.self, RegimesShow.self], defaultSubcommand: RegimesList.self)
}

struct RegimesList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the built-in regimes (or check regime files): dates, review, amendments.")
  @Argument(help: "Regime files to check and list instead of the built-ins.")
  var files: [String] = []
  @Option(
    name: .customLong("as-of"), help: "Also say whether each regime is in force on this date.")
  var asOf: Day?
  @OptionGroup var output: OutputOptions<TextOrJSON>

  func run() throws {
    let regimes = try files.isEmpty ? builtinRegimes() : files.map(loadRegime)
    try output.write(
      inputs: files,
      text: { DutiesReport.regimesText(regimes, asOf: asOf) },
      json: { DutiesReport.regimesJSON(regimes, asOf: asOf) })
  }
}

/// Output formats of `regimes show`.
enum PackFormats: OutputFormats {
  static let formats: [FileFormat] = [.text, .json, .yaml]
}

struct RegimesShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Print a regime pack as a lawyer reads it (or the pack itself, to copy and edit).",
    discussion: """
      Every rule with its citation, status (of its text and of its dates), dates, who it \
      falls on, conditions, exemptions, transitional provisions, needed information and \
      control, and the harms it answers for. --format yaml prints the pack file itself: \
      save it, edit it, and pass it back with --regime FILE.
      """)
  @Argument(help: "A built-in regime id (any letter case) or a regime file.")
  var regime: String
  @OptionGroup var output: OutputOptions<PackFormats>

  func run() throws {
    let pack = try loadRegime(regime)
    let text: String
    switch output.chosen {
    case .json: text = RegimeReport.json(pack).rendered() + "\n"
    case .yaml:
      // The pack file itself, ending in one newline.
      let file = pack.text ?? ""
      text = file.hasSuffix("\n") ? file : file + "\n"
    default: text = RegimeReport.text(pack) + "\n"
    }
    try output.write(text, inputs: [regime])
  }
}
