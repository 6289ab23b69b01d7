# Calendar computations by hand: leap years, day of week, month grids, date differences.
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def weekday(y, m, d):
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d + 6) % 7
def ordinal(y, m, d):
    y1 = y - 1
    return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + sum(days_in_month(y, k) for k in range(1, m)) + d
def from_ordinal(n):
    y = max(1, n // 366)
    while ordinal(y + 1, 1, 1) <= n:
        y += 1
    m = 1
    while m < 12 and ordinal(y, m + 1, 1) <= n:
        m += 1
    return y, m, n - ordinal(y, m, 1) + 1
def month_grid(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20), " ".join(DAYS)]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print([y for y in range(1896, 1910) if is_leap(y)], is_leap(2000), is_leap(2100), is_leap(2024))
for date in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1900, 3, 1), (2038, 1, 19), (1, 1, 1)]:
    print(date, DAYS[weekday(*date)], ordinal(*date), from_ordinal(ordinal(*date)) == date)
print(month_grid(2024, 2))
print(month_grid(2023, 10))
a, b = ordinal(1970, 1, 1), ordinal(2000, 1, 1)
print("days 1970->2000:", b - a, "seconds:", (b - a) * 86400)
print("day 10000 after 2000-01-01:", from_ordinal(b + 10000))
fridays = [(y, m) for y in range(2020, 2026) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday the 13th:", len(fridays), fridays)
def add_months(y, m, d, k):
    total = y * 12 + (m - 1) + k
    ny, nm = divmod(total, 12)
    return ny, nm + 1, min(d, days_in_month(ny, nm + 1))
print([add_months(2024, 1, 31, k) for k in range(0, 14, 1)])
def iso_week(y, m, d):
    wd = weekday(y, m, d)
    thursday = ordinal(y, m, d) - wd + 3
    ty = from_ordinal(thursday)[0]
    return ty, (thursday - ordinal(ty, 1, 1)) // 7 + 1
print([iso_week(*dt) for dt in [(2021, 1, 1), (2021, 1, 4), (2020, 12, 31), (2024, 12, 30), (2026, 1, 1)]])
