#include "jobs_flag.hpp"

#include "dateline/timeline/parallel.hpp"

namespace dateline::cli {

void add_jobs_flag(CLI::App& command, unsigned& into) {
    command.add_option("-j,--jobs", into, "Threads to use (default: every core); the output is the same for any N")
        ->type_name("N")
        ->check(CLI::Range(1u, 1024u));
}

unsigned thread_count(unsigned jobs) { return jobs == 0 ? default_thread_count() : jobs; }

}  // namespace dateline::cli
