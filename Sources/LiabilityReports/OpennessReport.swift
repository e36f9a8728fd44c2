import LiabilityGraph
import LiabilityRules

/// `lgraph openness` output.
public enum OpennessReport {
  static func percent(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value))%" : String(format: "%.1f%%", value)
  }

  /// One model's class, progress and what is missing, as text.
  public static func text(_ name: String, _ result: Openness) -> String {
    var lines = [TextLayout.wrap("\(name): \(result.label)")]
    for mofClass in [3, 2, 1] {
      let roman = ["", "I", "II", "III"][mofClass]
      lines.append("  Class \(roman): \(percent(result.progress[mofClass] ?? 0))")
    }
    let missing = result.missing[1] ?? []
    if !missing.isEmpty {
      lines.append(
        TextLayout.wrap(
          missing.map(\.rawValue).joined(separator: ", "), first: "  missing: ",
          rest: "           "))
    }
    for entry in result.notOpen {
      lines.append(
        TextLayout.wrap("\(entry.component.rawValue): \(entry.license)", first: "  not open: "))
    }
    if !result.unlicensed.isEmpty {
      lines.append(
        TextLayout.wrap(
          result.unlicensed.map(\.rawValue).joined(separator: ", "), first: "  unlicensed: "))
    }
    for entry in result.notTypeAppropriate {
      lines.append(
        TextLayout.wrap(
          "\(entry.component.rawValue): \(entry.license) is open but not meant for this kind of "
            + "content", first: "  note: "))
    }
    return lines.joined(separator: "\n")
  }

  /// One model's result as JSON: at least `class` and `progress`.
  public static func json(_ result: Openness, model: String) -> JSONValue {
    .object([
      ("model", .string(model)),
      ("class", .number(Double(result.mofClass))),
      ("label", .string(result.label)),
      (
        "progress",
        .object([1, 2, 3].map { ("\($0)", .number(result.progress[$0] ?? 0)) })
      ),
      (
        "missing",
        .object([1, 2, 3].map { ("\($0)", .strings((result.missing[$0] ?? []).map(\.rawValue))) })
      ),
      (
        "not_open",
        .array(
          result.notOpen.map {
            .object([
              ("component", .string($0.component.rawValue)), ("license", .string($0.license)),
            ])
          })
      ),
      ("unlicensed", .strings(result.unlicensed.map(\.rawValue))),
    ])
  }
}
