// What `dateline` returns to the shell.
#pragma once

namespace dateline::cli {

enum exit_code : int {
    success = 0,
    input_failed = 1,  // some input could not be used; the rest was processed and written
    bad_usage = 2,     // the command line itself is wrong (CLI11 parse errors, unknown format)
};

}  // namespace dateline::cli
