/// A place in an input file: the file's path as the user gave it, and a
/// 1-based line and column (columns count Unicode scalars). Line 0 is the
/// file as a whole (a store, which has no lines).
public struct SourceLocation: Sendable, Hashable, Comparable,
  CustomStringConvertible
{
  /// The path of the file, as given on the command line.
  public var file: String
  /// The line, starting at 1; 0 for the file as a whole.
  public var line: Int
  /// The column, starting at 1, counted in Unicode scalars.
  public var column: Int

  /// Creates a location.
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// The file as a whole (a store, which has no lines).
  public static func whole(_ file: String) -> SourceLocation {
    SourceLocation(file: file, line: 0, column: 0)
  }

  /// `FILE:LINE:COLUMN`, the form editors and terminals recognise; `FILE`
  /// alone for the file as a whole.
  public var description: String { line == 0 ? file : "\(file):\(line):\(column)" }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }
}
