/// What kind of problem a ``Diagnostic`` reports: a stable id, printed in
/// brackets (`chain.yaml:12:15: error: [unknown-reference] unknown party
/// 'metaa'`), that editors, scripts and tests can match whatever the
/// message's words. A code never changes meaning; a new kind of problem
/// gets a new code. ``all`` lists them, each with what it means.
public struct DiagnosticCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  /// The code as printed (`unknown-reference`).
  public let rawValue: String

  /// A code by its printed form.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// The printed form.
  public var description: String { rawValue }

  // Reading the input.

  /// The file does not exist, is a folder, or cannot be read.
  public static let unreadableFile = Self(rawValue: "unreadable-file")
  /// The file is not UTF-8 text.
  public static let notUTF8 = Self(rawValue: "not-utf8")
  /// The input is not a chain at all: empty, binary, Markdown, a list, or
  /// another format's document.
  public static let notAChain = Self(rawValue: "not-a-chain")
  /// YAML or JSON that does not parse.
  public static let syntaxError = Self(rawValue: "syntax-error")
  /// A key written twice in one mapping.
  public static let duplicateKey = Self(rawValue: "duplicate-key")
  /// Past a limit that keeps hostile input from exhausting memory or the
  /// stack: nesting, aliases, size, the length of a text or a name.
  public static let inputLimit = Self(rawValue: "input-limit")
  /// A control character in a text.
  public static let controlCharacter = Self(rawValue: "control-character")
  /// `format:` missing or not one this version reads.
  public static let unknownFormat = Self(rawValue: "unknown-format")

  // Values.

  /// A value of the wrong shape: text, a number, a list or a mapping
  /// where another is needed.
  public static let wrongType = Self(rawValue: "wrong-type")
  /// An id that ids may not be.
  public static let invalidID = Self(rawValue: "invalid-id")
  /// A number out of range, negative, fractional or quoted where a number
  /// is needed.
  public static let invalidNumber = Self(rawValue: "invalid-number")
  /// A date that is not a day (`YYYY-MM-DD`).
  public static let invalidDate = Self(rawValue: "invalid-date")
  /// A value not among those allowed (a relation, a role, a harm, a MOF
  /// component, a comparison).
  public static let invalidValue = Self(rawValue: "invalid-value")
  /// A jurisdiction that is not EU or an ISO 3166 code.
  public static let invalidJurisdiction = Self(rawValue: "invalid-jurisdiction")
  /// A key an item needs is missing.
  public static let missingKey = Self(rawValue: "missing-key")
  /// A key the format does not have.
  public static let unknownKey = Self(rawValue: "unknown-key")
  /// The same value listed twice in one list.
  public static let listedTwice = Self(rawValue: "listed-twice")
  /// A validity that ends before, or on the day, it starts.
  public static let validityOrder = Self(rawValue: "validity-order")

  // Across items.

  /// An id defined twice.
  public static let duplicateID = Self(rawValue: "duplicate-id")
  /// A reference to an id nothing defines.
  public static let unknownReference = Self(rawValue: "unknown-reference")
  /// A reference to an item of another kind than the one needed.
  public static let wrongKind = Self(rawValue: "wrong-kind")
  /// Models derived from each other in a loop, or from themselves.
  public static let lineageCycle = Self(rawValue: "lineage-cycle")
  /// Relations a model's bases cannot have together (`merge` of one base,
  /// two bases of a one-base relation).
  public static let lineageRelation = Self(rawValue: "lineage-relation")
  /// Dates that contradict each other.
  public static let dateOrder = Self(rawValue: "date-order")
  /// A system change that does not name another party's system the
  /// product builds on.
  public static let systemChange = Self(rawValue: "system-change")
  /// A contract with fewer than two parties, or an indemnity by or to a
  /// party not in it.
  public static let contractParties = Self(rawValue: "contract-parties")
  /// A role the file asserts that the graph does not show.
  public static let assertedRole = Self(rawValue: "asserted-role")

  // Regime packs.

  /// A name (a term, a role, an exemption, a transition, an amendment)
  /// the pack uses but does not define.
  public static let undefinedName = Self(rawValue: "undefined-name")
  /// A fact a condition tests that the engine does not know.
  public static let unknownFact = Self(rawValue: "unknown-fact")
  /// Definitions that refer to each other in a loop.
  public static let definitionCycle = Self(rawValue: "definition-cycle")

  // Stores and edge lists.

  /// A file that is not a store, or a store of a newer schema.
  public static let notAStore = Self(rawValue: "not-a-store")
  /// A store that cannot be read or written as asked.
  public static let storeFailure = Self(rawValue: "store-failure")
  /// A store whose contents are not what the store wrote: SQLite's own
  /// check fails, or a value or an item does not read back.
  public static let damagedStore = Self(rawValue: "damaged-store")
  /// A revision number or date the store has no revision for.
  public static let noRevision = Self(rawValue: "no-revision")
  /// An import refused as a whole, the store unchanged: the input has
  /// errors, an id is already recorded from another file, or the store
  /// would not load after it.
  public static let importRefused = Self(rawValue: "import-refused")
  /// A row of an edge or nodes list that is left out or read with a
  /// change.
  public static let edgeListRow = Self(rawValue: "edge-list-row")

  // Importers.

  /// An item recorded under another id than its source gives, because an
  /// item of the import has that id.
  public static let renamedID = Self(rawValue: "renamed-id")
  /// A license text that names no license the project knows.
  public static let unknownLicense = Self(rawValue: "unknown-license")
  /// A fact the source does not state, recorded as assumed (a relation, a
  /// default), or a value read in another form than it was written.
  public static let assumedFact = Self(rawValue: "assumed-fact")
  /// Something in the source the import does not read (an item of another
  /// type, a component without a reference).
  public static let unsupportedItem = Self(rawValue: "unsupported-item")
  /// A reference resolved to a name that differs only in case, spaces or
  /// punctuation.
  public static let nearMatch = Self(rawValue: "near-match")
  /// Something the source says that the format cannot hold (a second
  /// license of one model, a dataset's lineage), left out.
  public static let notRepresentable = Self(rawValue: "not-representable")

  /// Every code, in the order above.
  public static let all: [DiagnosticCode] = [
    .unreadableFile, .notUTF8, .notAChain, .syntaxError, .duplicateKey, .inputLimit,
    .controlCharacter, .unknownFormat, .wrongType, .invalidID, .invalidNumber, .invalidDate,
    .invalidValue, .invalidJurisdiction, .missingKey, .unknownKey, .listedTwice, .validityOrder,
    .duplicateID, .unknownReference, .wrongKind, .lineageCycle, .lineageRelation, .dateOrder,
    .systemChange, .contractParties, .assertedRole, .undefinedName, .unknownFact,
    .definitionCycle, .notAStore, .storeFailure, .damagedStore, .noRevision, .importRefused,
    .edgeListRow, .renamedID, .unknownLicense,
    .assumedFact, .unsupportedItem, .nearMatch, .notRepresentable,
  ]
}
