// The npm package date-holidays, measured the way bench/calendar_bench.cpp measures govplan:
// every Vietnamese holiday 1900–2100, and is-working-day checks (naively: isHoliday + weekend).
// Run by bench/run.sh, which installs the package into bench/peers/node_modules.
const Holidays = require('date-holidays');

const hd = new Holidays('VN');

let t = process.hrtime.bigint();
let count = 0;
for (let y = 1900; y <= 2100; ++y) count += hd.getHolidays(y).length;
const holidaysMs = Number(process.hrtime.bigint() - t) / 1e6;
console.log(`date-holidays: all VN holidays 1900-2100: ${holidaysMs.toFixed(1)} ms (${count} holidays)`);

// 1,000,000 naive checks take minutes; time a sample and scale.
const sample = 20000;
const first = Date.UTC(1995, 0, 1);
const spanDays = 38715;
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
t = process.hrtime.bigint();
let working = 0;
for (let i = 0; i < sample; ++i) {
  const d = new Date(first + Math.floor(rand() * spanDays) * 86400000);
  const wd = d.getUTCDay();
  if (wd !== 0 && wd !== 6 && !hd.isHoliday(d)) ++working;
}
const perCheckMs = Number(process.hrtime.bigint() - t) / 1e6 / sample;
console.log(`date-holidays: is-working-day ${sample} checks, scaled to 1,000,000: ${(perCheckMs * 1e6).toFixed(0)} ms`);
console.log(JSON.stringify({ holidays_ms: holidaysMs, checks_1m_ms: perCheckMs * 1e6 }));
