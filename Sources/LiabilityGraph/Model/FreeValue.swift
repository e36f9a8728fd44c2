/// Free-form data kept from an `extra:` mapping, uninterpreted.
public indirect enum FreeValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case list([FreeValue])
  /// A mapping, in file order.
  case map([Entry])

  /// One key and value of a ``FreeValue/map(_:)``.
  public struct Entry: Sendable, Hashable {
    /// The key.
    public var key: String
    /// The value.
    public var value: FreeValue

    /// Creates an entry.
    public init(key: String, value: FreeValue) {
      self.key = key
      self.value = value
    }
  }
}
