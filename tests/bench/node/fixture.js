// The bench fixture: N objects of a typical shape (string, number, boolean, date, array, nested object),
// deterministic so every client writes exactly the same data.
//   node fixture.js [N] > objects.json
'use strict';

function objects(n) {
  const out = [];
  const base = Date.UTC(2026, 0, 1);
  for (let i = 0; i < n; ++i) {
    out.push({
      name: `item-${String(i).padStart(6, '0')}`,
      rank: i,
      score: (i * 7919) % 1000 / 10,
      active: i % 3 !== 0,
      tags: [`t${i % 7}`, `g${i % 11}`],
      seenAt: { __type: 'Date', iso: new Date(base + i * 60000).toISOString() },
      meta: { batch: Math.floor(i / 100), note: 'bench' },
    });
  }
  return out;
}

module.exports = { objects };

if (require.main === module) {
  const n = Number(process.argv[2] || 10000);
  process.stdout.write(JSON.stringify(objects(n)));
}
