/// What every fact in a file may carry besides its own data: when it holds,
/// the evidence behind it, free-form extras, and where it was written.
public struct Fact: Sendable, Hashable {
  /// The first day on which the fact holds, if bounded.
  public var validFrom: Day?
  /// The day on which the fact stops holding (exclusive), if bounded.
  public var validTo: Day?
  /// Ids of `sources` entries backing the fact.
  public var sources: [String]
  /// Free-form data from `extra:`.
  public var extra: [FreeValue.Entry]
  /// How the fact is known (`known:`): declared by a document, inferred by
  /// a tool, or verified against the artifact; nil when not stated.
  public var known: FactKnowledge? = nil
  /// Where the fact was written.
  public var location: SourceLocation

  /// Creates a fact record.
  public init(
    validFrom: Day? = nil, validTo: Day? = nil, sources: [String] = [],
    extra: [FreeValue.Entry] = [], location: SourceLocation
  ) {
    self.validFrom = validFrom
    self.validTo = validTo
    self.sources = sources
    self.extra = extra
    self.location = location
  }

  /// Whether the fact holds on `day`, given the fact's own date (a model's
  /// release, a link's date) as the start when `valid_from` is absent.
  public func holds(on day: Day, ownDate: Day? = nil) -> Bool {
    if let start = validFrom ?? ownDate, day < start { return false }
    if let end = validTo, day >= end { return false }
    return true
  }
}

/// A reference to another item that may carry its own validity and sources
/// (a list entry written `{id: X, valid_from: ..., source: ...}`), or be a
/// plain id.
public struct Reference: Sendable, Hashable {
  /// The id referred to.
  public var id: String
  /// The reference's own validity and evidence; `nil` for a plain id.
  public var fact: Fact?
  /// Where the reference was written.
  public var location: SourceLocation
  /// For a product's use of a model: how the model runs (`self-hosted`: the
  /// vendor runs it itself); `nil` when the file does not say.
  public var runs: ModelHosting? = nil

  /// Creates a reference.
  public init(id: String, fact: Fact? = nil, location: SourceLocation) {
    self.id = id
    self.fact = fact
    self.location = location
  }

  /// Whether the reference holds on `day`.
  public func holds(on day: Day) -> Bool {
    fact?.holds(on: day) ?? true
  }
}
