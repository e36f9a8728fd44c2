/// A JSON Schema (draft 2020-12) of `liability-graph/1`, for editors: the
/// YAML language server completes and checks a chain file against it. Its
/// closed lists (roles, relations, weights, content kinds, ...) come from
/// the format's own vocabularies, so they cannot drift from what the
/// loader reads. The loader stays the judge: it checks what a schema
/// cannot (references, cycles, dates in order) and reads aliases (harm
/// spellings) the schema lists only as examples.
public enum FormatSchema {
  /// The schema's address (`$id`).
  public static let id = "urn:lgraph:schema:liability-graph-1"

  /// The schema.
  public static var schema: JSONValue {
    func words<E: CaseIterable & RawRepresentable>(_: E.Type, unknown: Bool = false) -> JSONValue
    where E.RawValue == String {
      .object([("enum", .strings(E.allCases.map(\.rawValue) + (unknown ? ["unknown"] : [])))])
    }
    func ref(_ name: String) -> JSONValue { .object([("$ref", .string("#/$defs/" + name))]) }
    func list(_ item: JSONValue) -> JSONValue {
      .object([("type", .string("array")), ("items", item)])
    }
    func text(_ description: String) -> JSONValue {
      .object([("type", .string("string")), ("description", .string(description))])
    }
    let string = JSONValue.object([("type", .string("string"))])
    let boolean = JSONValue.object([("type", .string("boolean"))])
    let number = JSONValue.object([("type", .string("number")), ("minimum", .number(0))])
    let integer = JSONValue.object([("type", .string("integer")), ("minimum", .number(0))])
    let factKeys: [(String, JSONValue)] = [
      ("valid_from", ref("date")), ("valid_to", ref("date")), ("source", ref("id")),
      ("sources", list(ref("id"))), ("known", words(FactKnowledge.self)),
      ("extra", .object([("type", .string("object"))])),
    ]
    // An item: its own keys, the keys every fact may carry, nothing else.
    func item(
      _ description: String, required: [String], _ keys: [(String, JSONValue)],
      identified: Bool = false
    ) -> JSONValue {
      var entries: [(String, JSONValue)] = [
        ("type", .string("object")), ("description", .string(description)),
        ("properties", .object(keys + factKeys)),
        ("required", .strings(required)), ("additionalProperties", .bool(false)),
      ]
      if identified {
        // `name` is needed unless the item is `identified: false`.
        entries.append(
          (
            "if",
            .object([
              ("properties", .object([("identified", .object([("const", .bool(false))]))])),
              ("required", .strings(["identified"])),
            ])
          ))
        entries.append(("else", .object([("required", .strings(["name"]))])))
      }
      return .object(entries)
    }
    let generates = JSONValue.object([
      ("oneOf", .array([list(words(ContentKind.self)), .object([("const", .string("unknown"))])]))
    ])
    let functions = JSONValue.object([
      (
        "oneOf",
        .array([list(words(SystemFunction.self)), .object([("const", .string("unknown"))])])
      )
    ])
    let marking = JSONValue.object([
      ("type", .string("object")),
      (
        "properties",
        .object(
          MarkingFact.allCases.map {
            (
              $0.rawValue,
              .object([("enum", .array([.bool(true), .bool(false), .string("unknown")]))])
            )
          })
      ),
      ("additionalProperties", .bool(false)),
    ])
    let system: [(String, JSONValue)] = [
      ("intended_purpose", string), ("high_risk", boolean), ("generates", generates),
      ("high_risk_use_excluded", boolean), ("functions", functions),
      ("safety_component", boolean), ("interacts_with_people", boolean),
      (
        "monthly_users",
        .object([("oneOf", .array([number, .object([("const", .string("unknown"))])]))])
      ),
      ("marking", marking),
    ]
    let harm = JSONValue.object([
      ("type", .string("string")), ("examples", .strings(Harm.allCases.map(\.rawValue))),
      (
        "description",
        .string("A harm of the format's list (aliases in any letter case are read too)")
      ),
    ])
    let defs: [(String, JSONValue)] = [
      (
        "id",
        .object([
          ("type", .string("string")), ("minLength", .number(1)),
          ("maxLength", .number(Double(SyntaxLimits.maxIDBytes))),
          ("pattern", .string("^[A-Za-z0-9._/:@+-]+$")),
        ])
      ),
      (
        "date",
        .object([
          ("type", .string("string")), ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
        ])
      ),
      (
        "reference",
        .object([
          (
            "description",
            .string("An id, or an entry with its own validity and sources ({id: X, ...})")
          ),
          (
            "oneOf",
            .array([ref("id"), .object([("type", .string("object"))])])
          ),
        ])
      ),
      (
        "party",
        item(
          "A company, organisation or person in the chain", required: ["id"],
          [
            ("id", ref("id")), ("name", string), ("kind", words(PartyKind.self)),
            ("jurisdictions", list(string)), ("revenue_usd", number), ("employees", integer),
            ("roles", list(words(Role.self))), ("description", string), ("url", string),
            ("identified", boolean),
          ], identified: true)
      ),
      (
        "license",
        item(
          "A license defined in the file (or overriding a built-in one)", required: ["id"],
          [
            ("id", ref("id")), ("name", string), ("osi_approved", boolean),
            ("revocable", boolean), ("use_restrictions", boolean), ("url", string),
            ("description", string),
          ])
      ),
      (
        "dataset",
        item(
          "A dataset models are trained on", required: ["id", "name"],
          [
            ("id", ref("id")), ("name", string), ("publisher", ref("id")), ("license", string),
            ("released", ref("date")), ("built", ref("date")), ("description", string),
            ("url", string),
          ])
      ),
      (
        "link",
        item(
          "A lineage link: the base model and how this model derives from it",
          required: ["model"],
          [
            ("model", ref("id")), ("relation", words(LineageRelation.self, unknown: true)),
            ("compute_flop", number), ("cost_usd", number), ("date", ref("date")),
          ])
      ),
      (
        "hash",
        .object([
          ("type", .string("object")),
          (
            "properties",
            .object([
              ("file", string),
              (
                "sha256",
                .object([("type", .string("string")), ("pattern", .string("^[0-9a-fA-F]{64}$"))])
              ),
              ("known", words(FactKnowledge.self)),
            ])
          ),
          ("required", .strings(["sha256"])), ("additionalProperties", .bool(false)),
        ])
      ),
      (
        "model",
        item(
          "A trained model: a base model or one derived from others",
          required: ["id", "developer"],
          [
            ("id", ref("id")), ("name", string), ("developer", ref("id")),
            ("released", ref("date")), ("parameters", number),
            ("training_compute_flop", number), ("training_cost_usd", number),
            ("general_purpose", boolean), ("generates", generates),
            ("weights", words(WeightsAccess.self)), ("license", string), ("monetized", boolean),
            ("trained_on", list(ref("reference"))),
            (
              "components",
              .object([
                ("type", .string("object")),
                (
                  "propertyNames",
                  .object([("enum", .strings(MOFComponent.allCases.map(\.rawValue)))])
                ),
              ])
            ),
            (
              "derived_from",
              .object([
                ("oneOf", .array([list(ref("link")), .object([("const", .string("unknown"))])]))
              ])
            ),
            ("description", string), ("url", string), ("identified", boolean),
            ("marking", marking), ("distributed_by", list(ref("reference"))),
            ("revision", text("The revision of the model's files (a commit id, a version)")),
            ("hashes", list(ref("hash"))),
          ], identified: true)
      ),
      (
        "service",
        item(
          "A hosted service that serves models through an API",
          required: ["id", "name", "provider"],
          [
            ("id", ref("id")), ("name", string), ("provider", ref("id")),
            ("model", ref("reference")), ("models", list(ref("reference"))),
            ("host", ref("reference")), ("hosts", list(ref("reference"))),
            ("regions", list(string)), ("deployers", list(ref("reference"))),
            ("released", ref("date")), ("description", string), ("url", string),
          ] + system)
      ),
      (
        "product",
        item(
          "A product that uses services or models", required: ["id", "name", "vendor"],
          [
            ("id", ref("id")), ("name", string), ("vendor", ref("id")),
            ("uses", list(ref("reference"))), ("markets", list(string)),
            ("users", words(UserBase.self)),
            (
              "risk_areas",
              .object([
                (
                  "oneOf",
                  .array([list(words(RiskArea.self)), .object([("const", .string("unknown"))])])
                )
              ])
            ),
            ("deployers", list(ref("reference"))), ("released", ref("date")),
            ("description", string), ("url", string), ("editorial_review", boolean),
            ("system_changes", .object([("type", .array([.string("array"), .string("string")]))])),
            ("digital_elements", boolean),
          ] + system)
      ),
      (
        "disclosure",
        item(
          "Information one party gave another (or the public)", required: ["id", "from"],
          [
            ("id", ref("id")), ("from", ref("id")),
            ("to", .object([("oneOf", .array([ref("id"), list(ref("id"))]))])),
            ("items", list(words(InformationItem.self))), ("subject", ref("id")),
            ("document", string), ("date", ref("date")), ("url", string),
          ])
      ),
      (
        "contract",
        item(
          "A contract between parties", required: ["id", "parties"],
          [
            ("id", ref("id")), ("name", string), ("document", string),
            ("parties", list(ref("id"))), ("date", ref("date")),
            ("indemnifies", .object([("type", .array([.string("array"), .string("object")]))])),
            ("liability_cap_usd", number), ("excludes", list(harm)),
          ])
      ),
      (
        "incident",
        item(
          "Harm that happened through a product", required: ["id", "date", "product"],
          [
            ("id", ref("id")), ("name", string), ("date", ref("date")), ("product", ref("id")),
            ("harm", harm), ("jurisdiction", string), ("description", string),
            ("proceedings", list(.object([("type", .string("object"))]))),
            (
              "circumstances",
              .object([
                ("type", .string("object")),
                (
                  "propertyNames",
                  .object([("enum", .strings(IncidentCircumstance.allCases.map(\.rawValue)))])
                ),
              ])
            ),
            ("aware", .object([("type", .string("object"))])),
            ("alleged", list(ref("allegation"))),
          ])
      ),
      (
        "allegation",
        item(
          "What others allege about an incident: never a role", required: ["by"],
          [
            ("by", string), ("developers", list(ref("id"))), ("deployers", list(ref("id"))),
            ("harmed", list(ref("id"))), ("systems", list(string)),
          ])
      ),
      (
        "source",
        item(
          "A source of evidence that facts cite", required: ["id", "title"],
          [
            ("id", ref("id")), ("title", string), ("url", string), ("retrieved", ref("date")),
            ("publisher", string), ("description", string),
          ])
      ),
    ]
    return .object([
      ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
      ("$id", .string(id)),
      ("title", .string("liability-graph/1")),
      (
        "description",
        .string(
          "A chain of AI model developers, modifiers, hosts, API providers and product vendors, "
            + "with the facts LiabilityGraph assigns duties from (docs/format.md)")
      ),
      ("type", .string("object")),
      ("required", .strings(["format"])),
      (
        "properties",
        .object([
          ("format", .object([("const", .string("liability-graph/1"))])),
          ("title", string), ("description", string), ("as_of", ref("date")),
          ("extra", .object([("type", .string("object"))])),
          ("parties", list(ref("party"))), ("licenses", list(ref("license"))),
          ("datasets", list(ref("dataset"))), ("models", list(ref("model"))),
          ("services", list(ref("service"))), ("products", list(ref("product"))),
          ("disclosures", list(ref("disclosure"))), ("contracts", list(ref("contract"))),
          ("incidents", list(ref("incident"))), ("sources", list(ref("source"))),
        ])
      ),
      ("additionalProperties", .bool(false)),
      ("$defs", .object(defs)),
    ])
  }
}
