// Loaded with `node --require` into a benchmarked build: writes the process's
// peak resident memory (KB) where BENCH_RSS_FILE says, when it exits.
const {writeFileSync} = require('node:fs');

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) {
    writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
  }
});
