import LiabilityGraph

/// A test on the facts of one assignment (a party, its graph role, and the
/// subject): every clause must hold; `any` holds when one of its
/// conditions does.
public struct Condition: Sendable, Hashable {
  /// One fact compared with a value.
  public struct Clause: Sendable, Hashable {
    /// The fact's name (see ``ConditionFact/all``), or a definition of
    /// the regime.
    public var fact: String
    /// How the fact's value is compared.
    public var test: Test
  }

  /// How a fact is compared.
  public enum Test: Sendable, Hashable {
    /// A boolean fact (or a definition) is true or false.
    case equals(Bool)
    /// A list fact contains one of the values.
    case oneOf([String])
    /// A list fact is known and contains none of the values (`{none_of:
    /// [...]}`): a party not established in a country.
    case noneOf([String])
    /// A number is greater than the limit.
    case greaterThan(Double)
    /// A number is at least the limit.
    case atLeast(Double)
    /// A number is less than the limit.
    case lessThan(Double)
    /// A number is at most the limit.
    case atMost(Double)
    /// A date is strictly after the day.
    case after(Day)
    /// A date is on or after the day.
    case onOrAfter(Day)
    /// A date is strictly before the day.
    case before(Day)
    /// A date is on or before the day.
    case onOrBefore(Day)
    /// The file states the fact (true) or does not (false); never unknown.
    case stated(Bool)
    /// The file states the boolean fact, as this value; false (never
    /// unknown) when the file does not state it.
    case statedAs(Bool)
  }

  /// Clauses that must all hold.
  public var clauses: [Clause] = []
  /// Alternatives of which one must hold (none: no alternative needed).
  public var any: [Condition] = []

  /// The condition that always holds.
  public static let always = Condition()

  /// Whether the condition has nothing to test.
  public var isAlways: Bool { clauses.isEmpty && any.isEmpty }
}

/// The facts a condition may name, each with what it means.
public enum ConditionFact {
  /// name → (kind of value, meaning)
  public static let all: [(name: String, kind: String, meaning: String)] =
    [
      ("graph_role", "list", "the graph role the party has for the subject"),
      ("subject_kind", "list", "model, dataset, service or product"),
      ("general_purpose", "boolean", "the model is general-purpose"),
      ("weights", "list", "the model's weights access: open, gated, closed, api-only"),
      ("published_weights", "boolean", "the weights are open or gated (released)"),
      (
        "open_source", "boolean",
        "open weights under an irrevocable license without use restrictions, not monetised"
      ),
      ("monetized", "boolean", "the model is monetised"),
      ("license_revocable", "boolean", "the model's license may be withdrawn at will"),
      ("training_compute_flop", "number", "the model's own training compute"),
      (
        "lineage_compute_flop", "number",
        "the model's compute plus that of every model it derives from, whoever developed it "
          + "(the base's training and each modification, as EU AI Act Art 51(2) and Recital 111 "
          + "count it)"
      ),
      (
        "cumulative_compute_flop", "number",
        "the model's compute plus that of its lineage by the same developer (own fine-tuning counts)"
      ),
      (
        "modification_compute_flop", "number",
        "compute of the model's own modification of its bases"
      ),
      (
        "modification_share", "number",
        "modification compute divided by the base's training compute (absent when unknown)"
      ),
      ("base_compute_known", "boolean", "every base of the model states its training compute"),
      ("base_compute_flop", "number", "the largest training compute among the model's bases"),
      ("training_cost_usd", "number", "the model's training cost"),
      (
        "released", "date",
        "when the subject was released: placed on the market or put into service"
      ),
      (
        "lineage_relation", "list",
        "how the model derives from its bases: finetune, adapter, merge, quantize, distill, "
          + "convert, continued-pretraining"
      ),
      (
        "served_compute_flop", "number",
        "the largest cumulative training compute among the models a service serves"
      ),
      ("modification_cost_usd", "number", "cost of the model's own modification of its bases"),
      ("base_cost_usd", "number", "the largest training cost among the model's bases"),
      ("party_revenue_usd", "number", "the party's annual revenue"),
      ("party_employees", "number", "the party's employees"),
      ("party_kind", "list", "company, nonprofit, academic, government, individual, community"),
      (
        "established_in", "list",
        "the party's jurisdictions (a country code matches its subdivisions; EU matches member states)"
      ),
      ("reaches", "list", "where the subject is offered or used, through anyone downstream"),
      (
        "reaches_itself", "list",
        "where the party's own services and products offering the subject are"
      ),
      ("risk_areas", "list", "risk areas of the products the subject reaches"),
      ("own_risk_areas", "list", "the risk areas the product itself states (none for others)"),
      (
        "risk_areas_in_scope", "list",
        "risk areas of the products the subject reaches that are offered where the regime "
          + "applies (its jurisdictions; a product offered in US is offered in US-CO)"
      ),
      (
        "risk_areas_in_scope_direct", "list",
        "the same, only of products that run the subject itself (a model run as it is, directly "
          + "or through a service, not one it is the base of; a product itself)"
      ),
      (
        "deployers_listed", "boolean",
        "the service or product lists the parties that deploy it (its users run it, not its vendor)"
      ),
      (
        "party_trains_system", "boolean",
        "the party develops a model the service or product runs, or one of that model's bases"
      ),
      (
        "party_frontier_cost_usd", "number",
        "the training costs of the party's models for which the pack's frontier-model term holds, "
          + "summed (unknown when one states none)"
      ),
      (
        "users", "list",
        "who the products the subject reaches are for: consumers, businesses, internal"
      ),
      (
        "high_risk", "boolean",
        "the file states that the service or product is a high-risk AI system (a pack's own "
          + "definition says what else makes one)"
      ),
      (
        "safety_component", "boolean",
        "the service or product is a product, or a safety component of one, under EU product "
          + "legislation (EU AI Act Art 6(1), Annex I)"
      ),
      (
        "interacts_with_people", "boolean",
        "the service or product is intended to interact directly with natural persons (users, "
          + "employees, consumers); a developer API that only other systems call does not"
      ),
      (
        "third_party_supplied", "boolean",
        "the service or product runs a model or a service that another party develops or "
          + "provides (a supplier under EU AI Act Art 25(4))"
      ),
      (
        "feeds_high_risk", "boolean",
        "a high-risk system of another provider (the pack's high-risk-system term) is built on "
          + "the subject: the subject is supplied to a third party's high-risk system"
      ),
      (
        "generates", "list",
        "synthetic content the model, service or product generates: text, image, audio, video"
      ),
      (
        "monthly_users", "number",
        "the monthly users (visitors or users) of the service or product"
      ),
      (
        "own_monthly_users", "number",
        "the monthly users of the party's own system: a service's or product's own; for a model, "
          + "the largest among the services the party provides and the products it offers that "
          + "run it (unknown when it runs none)"
      ),
      (
        "functions", "list",
        "the service's or product's functions: emotion-recognition, biometric-categorisation, "
          + "deep-fakes, public-interest-text, assistive-editing, csam-generation, ncii-generation, "
          + "companion-chatbot"
      ),
      (
        "editorial_review", "boolean",
        "a person reviews the product's published text and answers for it"
      ),
      (
        "system_change", "list",
        "how the product changes another party's system: rebrand, substantial-modification, new-purpose"
      ),
      (
        "rebranded_high_risk", "boolean",
        "the product puts its name on another party's high-risk system (the pack's term)"
      ),
      (
        "modified_high_risk", "boolean",
        "the product substantially modifies another party's high-risk system"
      ),
      (
        "repurposed_not_high_risk", "boolean",
        "the product gives a new intended purpose to another party's system that is not high-risk"
      ),
      (
        "taken_over_downstream", "boolean",
        "a product downstream takes over this system as provider (EU AI Act Art 25(1))"
      ),
      (
        "mof_open_model", "boolean",
        "the model's components reach a Model Openness Framework class (I, II or III) under open "
          + "licenses (false for a model that lists none)"
      ),
      (
        "open_license", "boolean",
        "open weights under an irrevocable license without use restrictions (monetised or not)"
      ),
      (
        "changed_downstream", "list",
        "how other parties' products change this service or product (rebrand, "
          + "substantial-modification, new-purpose)"
      ),
      (
        "high_risk_use_excluded", "boolean",
        "the provider clearly excluded changing its system into a high-risk one"
      ),
      (
        "unrecorded", "list",
        "a fact the format does not record, in words (`unrecorded: [AI-service revenue over KRW "
          + "10 billion]`): always unknown, so a rule that turns on it stays open and says what "
          + "to check"
      ),
      (
        "digital_elements", "boolean",
        "the product is a product with digital elements (Cyber Resilience Act Art 3(1)): software "
          + "or hardware placed on the market, not a service used only online"
      ),
    ]
    + MarkingFact.allCases.map { fact in
      (
        markingName(fact), "boolean",
        "the model, service or product itself states `marking: {\(fact.rawValue): true}`"
      )
    }

  /// The condition fact that tests one marking fact: `marking_latent_disclosure`.
  static func markingName(_ fact: MarkingFact) -> String {
    "marking_" + fact.rawValue.replacingOccurrences(of: "-", with: "_")
  }

  /// The marking facts by their condition names.
  static let markingFacts: [String: MarkingFact] = Dictionary(
    uniqueKeysWithValues: MarkingFact.allCases.map { (markingName($0), $0) })

  static let names = Set(all.map(\.name))

  /// The facts that test other nodes by a definition of the pack, and the
  /// term (see ``Regime/terms``) that names it.
  public static let termsUsed: [String: String] = [
    "feeds_high_risk": "high-risk-system",
    "rebranded_high_risk": "high-risk-system",
    "modified_high_risk": "high-risk-system",
    "repurposed_not_high_risk": "high-risk-system",
    "taken_over_downstream": "high-risk-system",
    "party_frontier_cost_usd": "frontier-model",
  ]

  /// The terms a pack may define, and what each means.
  public static let terms: [(name: String, meaning: String)] = [
    (
      "high-risk-system",
      "the definition of a high-risk AI system, which the high-risk relational facts test on "
        + "other services and products than the subject"
    ),
    (
      "frontier-model",
      "the definition of a frontier model, over the party's models, for party_frontier_cost_usd"
    ),
  ]
}
