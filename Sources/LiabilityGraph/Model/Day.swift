import Foundation

/// A calendar date (`YYYY-MM-DD`), the granularity of every fact's validity.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The year, e.g. 2024.
  public let year: Int
  /// The month, 1 to 12.
  public let month: Int
  /// The day of the month, 1 to 31.
  public let day: Int

  /// Creates a date if `year`, `month` and `day` name a real calendar day.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
      day <= Day.daysIn(month: month, year: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD`; returns nil for anything else, including dates
  /// that do not exist (`2025-02-30`).
  public init?(_ text: String) {
    let utf8 = Array(text.utf8)
    guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"),
      utf8[7] == UInt8(ascii: "-")
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for i in range {
        let b = utf8[i]
        guard b >= 48, b <= 57 else { return nil }
        value = value * 10 + Int(b - 48)
      }
      return value
    }
    guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10)
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// Today's date in UTC.
  public static var today: Day {
    let parts = Calendar(identifier: .gregorian).dateComponents(
      in: TimeZone(identifier: "UTC") ?? .current, from: Date())
    return Day(
      year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
      ?? Day.epoch
  }

  static let epoch = Day(unchecked: 1970, 1, 1)

  private init(unchecked year: Int, _ month: Int, _ day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2:
      let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      return leap ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// The day `count` days after this one (before it, for a negative count),
  /// held to the calendar the format writes: 0001-01-01 to 9999-12-31.
  public func adding(days count: Int) -> Day {
    let (y, m, d) = Day.civil(fromDays: daysSinceEpoch + count)
    if y > 9999 { return Day.last }
    if y < 1 { return Day.first }
    return Day(year: y, month: m, day: d) ?? self
  }

  static let first = Day(unchecked: 1, 1, 1)
  static let last = Day(unchecked: 9999, 12, 31)

  /// The same day of the month `count` months later, or the month's last
  /// day where it is shorter (31 January plus one month is 28 or 29
  /// February), held to 0001-01-01 to 9999-12-31.
  public func adding(months count: Int) -> Day {
    let total = year * 12 + (month - 1) + count
    let y = total / 12
    let m = total % 12 + 1
    if y > 9999 { return Day.last }
    if y < 1 { return Day.first }
    return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y))) ?? self
  }

  /// Days from 1970-01-01 (negative before it).
  public var daysSinceEpoch: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  static func civil(fromDays count: Int) -> (Int, Int, Int) {
    let z = count + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    func pad(_ n: Int, _ width: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  public static func < (lhs: Day, rhs: Day) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}
