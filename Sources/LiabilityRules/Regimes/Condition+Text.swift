import LiabilityGraph

extension Condition {
  /// The condition in words, as a lawyer reads a pack: clauses joined by
  /// "and", alternatives by "or" ("always" when there is nothing to test).
  public var text: String {
    var parts = clauses.map(\.text)
    if !any.isEmpty {
      let options = any.map { option in
        option.clauses.count + option.any.count > 1 ? "(\(option.text))" : option.text
      }
      parts.append(options.count == 1 ? options[0] : "one of " + options.joined(separator: " or "))
    }
    return parts.isEmpty ? "always" : parts.joined(separator: " and ")
  }
}

extension Condition.Clause {
  /// The clause in words (`lineage_compute_flop > 1.0e25`).
  public var text: String {
    switch test {
    case .equals(let wanted): return "\(fact) is \(wanted ? "yes" : "no")"
    case .oneOf(let values) where fact == "unrecorded":
      return values.joined(separator: " or ") + " (not recorded in the format)"
    case .oneOf(let values):
      return values.count == 1
        ? "\(fact) includes \(values[0])"
        : "\(fact) includes one of \(values.joined(separator: ", "))"
    case .noneOf(let values): return "\(fact) includes none of \(values.joined(separator: ", "))"
    case .greaterThan(let limit): return "\(fact) > \(Self.number(limit))"
    case .atLeast(let limit): return "\(fact) ≥ \(Self.number(limit))"
    case .lessThan(let limit): return "\(fact) < \(Self.number(limit))"
    case .atMost(let limit): return "\(fact) ≤ \(Self.number(limit))"
    case .after(let day): return "\(fact) after \(day)"
    case .onOrAfter(let day): return "\(fact) on or after \(day)"
    case .before(let day): return "\(fact) before \(day)"
    case .onOrBefore(let day): return "\(fact) on or before \(day)"
    case .stated(let wanted): return "\(fact) \(wanted ? "is stated" : "is not stated")"
    case .statedAs(let wanted): return "the file states \(fact) is \(wanted ? "yes" : "no")"
    }
  }

  static func number(_ value: Double) -> String { FactContext.format(value) }
}

extension Rule {
  /// What the rule asks, to follow "X must ...": its title with a small
  /// first letter (an initialism kept), else its duty's name in words.
  public var asked: String {
    guard let title, let first = title.first else {
      return duty.replacingOccurrences(of: "-", with: " ")
    }
    if let second = title.dropFirst().first, second.isUppercase { return title }
    return first.lowercased() + title.dropFirst()
  }
}

extension ConditionFact {
  /// A fact in words ("the model is monetised"), for reports.
  public static func words(_ name: String) -> String {
    all.first { $0.name == name }?.meaning ?? name.replacingOccurrences(of: "_", with: " ")
  }

  /// What a report asks of an unstated fact: "whether the model is
  /// monetised" for a boolean, "the compute of ..." for a number, date or
  /// list.
  public static func question(_ name: String) -> String {
    let meaning = words(name)
    if all.first(where: { $0.name == name })?.kind == "boolean" { return "whether " + meaning }
    return meaning.hasPrefix("the ") || meaning.hasPrefix("where ") || meaning.hasPrefix("when ")
      || meaning.hasPrefix("how ") ? meaning : "the " + meaning
  }
}
