"""Python benchmarks of the calendar (issue 3): the batch is-working-day call on 1,000,000 days
(target ≤ 100 ms), single calls in a Python loop, and the lunar conversion from Python.

Run: PYTHONPATH=build/release/python /usr/bin/python3 bench/python_bench.py
"""

import datetime as dt
import random
import time

import govplan


def best_of(fn, repeat=5):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main():
    random.seed(42)
    first = dt.date(1995, 1, 1).toordinal()
    last = dt.date(2100, 12, 31).toordinal()
    days = [dt.date.fromordinal(random.randint(first, last)) for _ in range(1_000_000)]
    cal = govplan.WorkCalendar.vietnam()

    t = best_of(lambda: cal.is_working_day_many(days))
    print(f"is_working_day_many, 1,000,000 datetime.date in a list: {t * 1000:.1f} ms (target 100 ms)")
    try:
        import numpy as np

        array = np.array(days, dtype="datetime64[D]")
        t = best_of(lambda: cal.is_working_day_many(array))
        print(f"is_working_day_many, 1,000,000 numpy datetime64[D]:   {t * 1000:.1f} ms")
    except ImportError:
        print("numpy not installed: the numpy path was not measured")

    check = cal.is_working_day
    t = best_of(lambda: [check(d) for d in days], repeat=3)
    print(f"is_working_day in a Python loop, 1,000,000 calls:      {t * 1000:.1f} ms")

    t = best_of(lambda: [govplan.WorkCalendar.vietnam().days_off(y) for y in range(1995, 2101)], repeat=3)
    print(f"build a calendar and list every day off 1995-2100:     {t * 1000:.1f} ms")

    from_date = govplan.LunarDate.from_date
    t = best_of(lambda: [from_date(d) for d in days], repeat=3)
    print(f"LunarDate.from_date in a Python loop, 1,000,000 calls: {t * 1000:.1f} ms")


if __name__ == "__main__":
    main()
