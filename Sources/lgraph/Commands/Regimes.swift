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
  @OptionGroup var output: FormatOption

  func run() throws {
    let regimes = try files.isEmpty ? builtinRegimes() : files.map(loadRegime)
    output.print(
      text: { DutiesReport.regimesText(regimes, asOf: asOf) },
      json: { DutiesReport.regimesJSON(regimes, asOf: asOf) })
  }
}

/// Output formats of `regimes show`.
enum PackFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, yaml
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
  @Option(help: "Output format: text, json or yaml (the pack file).")
  var format: PackFormat = .text

  func run() throws {
    let pack = try loadRegime(regime)
    switch format {
    case .text: print(RegimeReport.text(pack))
    case .json: print(RegimeReport.json(pack).rendered())
    case .yaml:
      let text = pack.text ?? ""
      print(text.hasSuffix("\n") ? String(text.dropLast()) : text)
    }
  }
}
