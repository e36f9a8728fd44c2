import ArgumentParser
import Foundation
import LiabilityGraph
import LiabilityRules

/// The built-in regimes, or exit 1 naming what is wrong with a broken
/// built-in pack (never dropped silently).
func builtinRegimes() throws -> [Regime] {
  let problems = BuiltinRegimes.problems
  guard problems.isEmpty else {
    Diagnostics.print(problems)
    Diagnostics.stderr("error: a built-in regime pack does not load; this build is broken")
    throw ExitCode(1)
  }
  return BuiltinRegimes.all
}

/// A built-in regime id (in any letter case) or a regime file.
func loadRegime(_ name: String) throws -> Regime {
  let builtins = try builtinRegimes()
  if let regime = BuiltinRegimes.regime(name) { return regime }
  let isFile = name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.contains("/")
  guard isFile else {
    let ids = builtins.map(\.id)
    let guess = Suggestion.closest(to: name.lowercased(), in: ids)
    throw UsageError(
      "no built-in regime '\(name)'" + (guess.map { "; did you mean '\($0)'?" } ?? "")
        + " Built in: \(ids.joined(separator: ", ")) (or give a regime file)")
  }
  let result = RegimeLoader.load(path: name)
  Diagnostics.print(result.diagnostics)
  guard let regime = result.regime else {
    let errors = result.diagnostics.filter { $0.severity == .error }.count
    Diagnostics.stderr("\(errors) error\(errors == 1 ? "" : "s") in regime file \(name)")
    throw ExitCode(1)
  }
  return regime
}
