"""Loads the example portfolio (province → city → two wards) and prints, with pandas, the overdue
and open work of each body, the completion rate of each plan as the government tracker computes
it, and the tasks the wards were assigned but do not carry out.

    PYTHONPATH=build/python /usr/bin/python3 examples/python/overdue_by_body.py [AS_OF] [PATH ...]

Needs Debian's python3-pandas. With no PATH it reads the repository's example portfolio.
"""
import datetime
import pathlib
import sys

import pandas as pd

import govplan

ROOT = pathlib.Path(__file__).resolve().parents[2]
DEFAULT_PATHS = [ROOT / "examples/portfolio", ROOT / "examples/plans/chanh-lo-2024.json",
                 ROOT / "examples/events/chanh-lo-2024.events.json"]


def main(argv):
    as_of = datetime.date.fromisoformat(argv[1]) if len(argv) > 1 else datetime.date(2024, 12, 31)
    paths = [pathlib.Path(p) for p in argv[2:]] or DEFAULT_PATHS
    portfolio = govplan.Portfolio.load(paths)
    evaluation = portfolio.evaluate(as_of=as_of)

    # One row per task occurrence / report instance, with its reason.
    rows = pd.DataFrame(evaluation.to_records(portfolio))
    plans = pd.DataFrame([{"plan": i, "issuer": portfolio.plan(i).issuer} for i in range(len(portfolio))])
    rows = rows.merge(plans, on="plan")
    rows["responsible"] = rows["responsible"].fillna("(chưa giao)")
    # One body however the plan spells it ("Tư pháp-Hộ tịch" / "Tư pháp-hộ tịch"): group by the
    # party's key and show the first spelling.
    key = rows["responsible"].map(lambda name: govplan.Party(govplan.PartyKind.body, name).key())
    rows["responsible"] = key.map(rows.groupby(key)["responsible"].first())

    tasks = rows[rows["kind"] == "task"]
    by_body = (tasks.assign(overdue=tasks["tracker"].eq("overdue"), open=tasks["tracker"].eq("within_deadline"))
               .groupby(["issuer", "responsible"])[["overdue", "open"]].sum()
               .sort_values(["overdue", "open"], ascending=False))
    print(f"Quá hạn và đang thực hiện theo cơ quan, người thực hiện — đến ngày {as_of:%d/%m/%Y}")
    print(by_body.to_string())

    print("\nTỷ lệ hoàn thành theo kế hoạch (đã hoàn thành / đã đến hạn):")
    for r in evaluation.roll_up(portfolio, govplan.RollUpBy.plan):
        rate = "—" if r.completion_rate is None else f"{r.completion_rate:.1%}"
        print(f"  {r.label}: {rate}")

    gaps = [c for c in evaluation.cascade if not c.covered]
    print(f"\nNhiệm vụ cấp trên giao nhưng cấp dưới chưa có nhiệm vụ thực hiện: {len(gaps)}")
    for c in gaps:
        print(f"  {portfolio.plan(c.upstream_plan).issuer} {c.upstream_task} → {portfolio.plan(c.downstream_plan).issuer}")

    # The columnar form: numpy arrays for millions of rows, no Python object per row.
    columns = evaluation.to_columns()
    status = pd.Categorical.from_codes(columns["status"], columns["status_names"])
    print("\nSố dòng theo tình trạng:")
    print(pd.Series(status).value_counts().loc[lambda s: s > 0].to_string())
    return 1 if evaluation.has_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
