import LiabilityGraph

extension IncidentTrace {
  /// A party that answers for the harm under a rule that lets it recover
  /// from others on the path (Vietnam's deployer, who compensates the
  /// person harmed and may seek recourse from the provider or developer
  /// under their agreement).
  public struct Recourse: Sendable {
    /// The node of the party that compensates.
    public var party: Int
    /// The regime's id.
    public var regime: String
    /// The rule.
    public var rule: Rule
    /// Each party on the path it may recover from, the regime's role that
    /// makes it one, and the contracts between the two in the file.
    public var against: [(party: Int, role: String, contracts: [String])]
    /// Whether the harm rule itself is open on a fact the file does not
    /// state.
    public var open: Bool
  }

  /// A defence a rule bars a party on the path from pleading (California
  /// AB 316: that the AI acted autonomously).
  public struct BarredDefence: Sendable {
    /// The node of the party.
    public var party: Int
    /// The regime's id.
    public var regime: String
    /// The rule.
    public var rule: Rule
    /// The defence, in words.
    public var defence: String
    /// Whether the rule is open for the party on a fact the file does not
    /// state.
    public var open: Bool
  }

  /// The recourse the harm rules on the path give, party by party in path
  /// order, then by regime.
  static func recourse(
    graph: SupplyChainGraph, parties: [PartyTrace], regimes: [Regime]
  ) -> [Recourse] {
    var out: [Recourse] = []
    for party in parties {
      for duties in party.duties {
        guard let regime = regimes.first(where: { $0.id == duties.regime }) else { continue }
        var seen: Set<String> = []
        for a in duties.assignments where !a.rule.recourseAgainst.isEmpty {
          guard seen.insert(a.rule.id).inserted else { continue }
          var against: [(party: Int, role: String, contracts: [String])] = []
          for name in a.rule.recourseAgainst {
            let graphRoles = Set(regime.roles[name]?.graphRoles ?? [])
            for other in parties where other.party != party.party {
              guard other.roles.contains(where: { graphRoles.contains($0.role) }),
                !against.contains(where: { $0.party == other.party })
              else { continue }
              let ids = [graph.ids[party.party], graph.ids[other.party]]
              let contracts = graph.document.contracts.filter { contract in
                ids.allSatisfy(contract.parties.contains)
              }.map(\.id)
              against.append((other.party, name, contracts))
            }
          }
          let open = duties.assignments.filter { $0.rule.id == a.rule.id }.allSatisfy {
            $0.outcome == .open
          }
          out.append(
            Recourse(
              party: party.party, regime: duties.regime, rule: a.rule, against: against,
              open: open))
        }
      }
    }
    return out
  }

  /// The defences the rules on the path bar, party by party.
  static func barredDefences(parties: [PartyTrace]) -> [BarredDefence] {
    var out: [BarredDefence] = []
    for party in parties {
      for duties in party.duties {
        var seen: Set<String> = []
        for a in duties.assignments {
          guard let defence = a.rule.barsDefence, seen.insert(a.rule.id).inserted else { continue }
          let open = duties.assignments.filter { $0.rule.id == a.rule.id }.allSatisfy {
            $0.outcome == .open
          }
          out.append(
            BarredDefence(
              party: party.party, regime: duties.regime, rule: a.rule, defence: defence,
              open: open))
        }
      }
    }
    return out
  }
}
