// Loaded into the production server with NODE_OPTIONS=--require (tests/bench/cpu-profile.ts): the first
// SIGUSR2 starts a CPU profile of the process, the next one writes it to $FAULTLINE_PROFILE_DIR/<pid>.cpuprofile.
// (`--cpu-prof` is refused in NODE_OPTIONS, and would profile the start-up too.)
const fs = require("node:fs");
const inspector = require("node:inspector");

let session = null;
process.on("SIGUSR2", () => {
  if (!session) {
    session = new inspector.Session();
    session.connect();
    session.post("Profiler.enable", () => session.post("Profiler.setSamplingInterval", { interval: 500 }, () => session.post("Profiler.start")));
    return;
  }
  session.post("Profiler.stop", (err, result) => {
    if (!err) fs.writeFileSync(`${process.env.FAULTLINE_PROFILE_DIR}/${process.pid}.cpuprofile`, JSON.stringify(result.profile));
    session.disconnect();
    session = null;
  });
});
