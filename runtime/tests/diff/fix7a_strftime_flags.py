# strftime accepts glibc's flags (-, _, 0, ^, #), a field width and the E/O modifiers, as
# CPython on Linux does through the C library.
import datetime as dt, time
ds = [dt.datetime(2024, 3, 5, 7, 8, 9, 12), dt.datetime(1999, 12, 31, 23, 59, 59), dt.datetime(5, 1, 1, 0, 0, 0), dt.datetime(2024, 10, 15, 12, 30)]
fmts = ["%-d/%-m/%Y", "%-H:%M", "%-I:%M %p", "%_d|%_m|%_H", "%0e|%0k", "%-j|%3j|%_j|%5d", "%^a %^B %^p", "%#a %#b %#p %#Z", "%10B|%-10B|%_10A|%010d", "%-y %-C %-e %-k %-l", "%Ey %Od %EY %Oe", "%-u %-w %-U %-W %-V %-G %-g", "%4Y %-Y %_Y %06Y", "%^c", "%-%", "%_S", "%-M%-S", "%^x %^X"]
for d in ds:
    for f in fmts:
        print(repr(f), repr(d.strftime(f)), repr(d.date().strftime(f)) if "%-H" not in f else "")
    print(d.time().strftime("%-H|%-M|%-S|%-I|%^p|%_H"), f"{d:%-d %B %Y}")
print(time.strftime("%-d %-m %-H", (2024, 3, 5, 7, 8, 9, 1, 65, 0)))
