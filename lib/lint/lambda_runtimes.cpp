// Sources, newest first; a row follows the first source that has it.
//  [F] /work/shared/reference/cloudformation-facts.md section 3.3: cfn-lint's
//      LmbdRuntimeLifecycle.json at commit afd7953b0 (2026-06-02, PR #4532
//      "Update Lambda runtime lifecycle dates from AWS docs": many block dates
//      moved to 2027-02-01 / 2027-03-03; java11, java17, java8.al2 and
//      python3.11 moved by a full year). All Python rows, and nodejs20.x's
//      and nodejs24.x's deprecation dates.
//  [I] aws-cloudformation/cfn-lint issue #4531 (2026-06-02), quoting the
//      Lambda runtimes page: nodejs20.x creation blocked 2027-02-01, updates
//      2027-03-03.
//  [L] cfn-lint 1.51.0's LmbdRuntimeLifecycle.json (before PR #4532), for the
//      other runtimes. Its block dates of 2026-06-01 / 2026-07-01 (and
//      2026-07-31 / 2026-08-31 for Amazon Linux 2 runtimes) are the ones PR
//      #4532 moved: rows marked [D] take the moved dates of their group (the
//      2026-06-01 group to 2027-02-01 / 2027-03-03 like nodejs20.x and
//      python3.8/3.9; the AL2 group a year later like java8.al2) -- derived,
//      not confirmed one by one. Block dates already past before 2026 are
//      history and did not move (python3.7's, in [F], is an example).
// Erring late is the safe side: a creation block dated later than the real
// one turns an error into a warning, never a working template into an error.
#include "lint/lambda_runtimes.hpp"

#include <algorithm>
#include <array>

#include "cfn/template_view.hpp"

namespace cfn::detail::checks {
namespace {

constexpr std::array<RuntimeLifecycle, 45> kRuntimes{{
    // runtime           deprecated    create-block  update-block  successor
    {"dotnet6", "2024-12-20", "2027-02-01", "2027-03-03", "dotnet10"},  // [L][D]
    {"dotnet7", "2024-05-14", "2024-05-14", "2024-05-14", "dotnet10"},  // cfn-lint main before 1.51 (container-only)
    {"dotnet8", "2026-11-10", "2026-12-10", "2027-01-11", "dotnet10"},  // [L]
    {"dotnetcore1.0", "2019-06-27", "2019-06-30", "2019-07-30", "dotnet10"},        // [L]
    {"dotnetcore2.0", "2019-05-30", "2019-04-30", "2019-05-30", "dotnet10"},        // [L]
    {"dotnetcore2.1", "2022-01-05", "2022-01-05", "2022-04-13", "dotnet10"},        // [L]
    {"dotnetcore3.1", "2023-04-03", "2023-04-03", "2023-05-03", "dotnet10"},        // [L]
    {"go1.x", "2024-01-08", "2024-02-08", "2027-03-03", "provided.al2023"},         // [L][D] update block
    {"java11", "2027-06-30", "2027-07-31", "2027-08-31", "java25"},                 // [L][D] +1 year
    {"java17", "2027-06-30", "2027-07-31", "2027-08-31", "java25"},                 // [L][D] +1 year
    {"java21", "2029-06-30", "2029-07-31", "2029-08-31", "java25"},                 // [L]
    {"java25", "2029-06-30", "2029-07-31", "2029-08-31", ""},                       // [L]
    {"java8", "2024-01-08", "2024-02-08", "2027-03-03", "java25"},                  // [L][D] update block
    {"java8.al2", "2027-06-30", "2027-07-31", "2027-08-31", "java25"},              // [L][D] +1 year
    {"nodejs", "2016-08-30", "2016-09-30", "2016-10-31", "nodejs24.x"},             // [L]
    {"nodejs10.x", "2021-07-30", "2021-07-30", "2022-02-14", "nodejs24.x"},         // [L]
    {"nodejs12.x", "2023-03-31", "2023-03-31", "2023-04-30", "nodejs24.x"},         // [L]
    {"nodejs14.x", "2023-12-04", "2024-01-09", "2027-03-03", "nodejs24.x"},         // [L][D] update block
    {"nodejs16.x", "2024-06-12", "2027-02-01", "2027-03-03", "nodejs24.x"},         // [L][D]
    {"nodejs18.x", "2025-09-01", "2027-02-01", "2027-03-03", "nodejs24.x"},         // [L][D]
    {"nodejs20.x", "2026-04-30", "2027-02-01", "2027-03-03", "nodejs24.x"},         // [F][I]
    {"nodejs22.x", "2027-04-30", "2027-06-01", "2027-07-01", "nodejs24.x"},         // [L]
    {"nodejs24.x", "2028-04-30", "2028-06-01", "2028-07-01", ""},                   // [F][L]
    {"nodejs4.3", "2020-03-05", "2020-02-03", "2020-03-05", "nodejs24.x"},          // [L]
    {"nodejs4.3-edge", "2020-03-05", "2019-03-31", "2019-04-30", "nodejs24.x"},     // [L]
    {"nodejs6.10", "2019-08-12", "2019-07-12", "2019-08-12", "nodejs24.x"},         // [L]
    {"nodejs8.10", "2020-03-06", "2020-02-04", "2020-03-06", "nodejs24.x"},         // [L]
    {"provided", "2024-01-08", "2024-02-08", "2027-03-03", "provided.al2023"},      // [L][D] update block
    {"provided.al2", "2027-06-30", "2027-07-31", "2027-08-31", "provided.al2023"},  // [L][D] +1 year
    {"provided.al2023", "2029-06-30", "2029-07-31", "2029-08-31", ""},              // [L]
    {"python2.7", "2021-07-15", "2021-07-15", "2022-05-30", "python3.14"},          // [L]
    {"python3.10", "2026-10-31", "2027-02-01", "2027-03-03", "python3.14"},         // [F]
    {"python3.11", "2027-06-30", "2027-07-31", "2027-08-31", "python3.14"},         // [F]
    {"python3.12", "2028-10-31", "2028-11-30", "2029-01-10", "python3.14"},         // [F]
    {"python3.13", "2029-06-30", "2029-07-31", "2029-08-31", "python3.14"},         // [F]
    {"python3.14", "2029-06-30", "2029-07-31", "2029-08-31", ""},                   // [F]
    {"python3.6", "2022-07-18", "2022-07-18", "2022-08-29", "python3.14"},          // [F]
    {"python3.7", "2023-12-04", "2024-01-09", "2027-03-03", "python3.14"},          // [F]
    {"python3.8", "2024-10-14", "2027-02-01", "2027-03-03", "python3.14"},          // [F]
    {"python3.9", "2025-12-15", "2027-02-01", "2027-03-03", "python3.14"},          // [F]
    {"ruby2.5", "2021-07-30", "2021-07-30", "2022-03-31", "ruby3.4"},               // [L]
    {"ruby2.7", "2023-12-07", "2024-01-09", "2027-03-03", "ruby3.4"},               // [L][D] update block
    {"ruby3.2", "2026-03-31", "2027-02-01", "2027-03-03", "ruby3.4"},               // [L][D]
    {"ruby3.3", "2027-03-31", "2027-04-30", "2027-05-31", "ruby3.4"},               // [L]
    {"ruby3.4", "2028-03-31", "2028-04-30", "2028-05-31", ""},                      // [L]
}};

}  // namespace

std::optional<RuntimeLifecycle> find_runtime(std::string_view runtime) noexcept {
  const auto it =
      std::find_if(kRuntimes.begin(), kRuntimes.end(), [&](const RuntimeLifecycle& r) { return r.runtime == runtime; });
  if (it == kRuntimes.end()) return std::nullopt;
  return *it;
}

std::vector<RuntimeUse> runtime_uses(const Context& ctx) {
  std::vector<RuntimeUse> out;
  const TemplateView& idx = ctx.view();
  const Value* global = nullptr;  // SAM: Globals.Function.Runtime applies to functions that set none
  if (idx.sam())
    if (const Value* g = ctx.root().find("Globals"); g != nullptr)
      if (const Value* f = g->find("Function"); f != nullptr) global = f->find("Runtime");
  if (global != nullptr && global->is_string()) out.push_back({global, Path{"Globals", "Function", "Runtime"}});
  for (const TemplateResource& r : idx.resources()) {
    if (r.type != "AWS::Lambda::Function" && r.type != "AWS::Serverless::Function") continue;
    const Value* runtime = r.property("Runtime");
    if (runtime != nullptr && runtime->is_string()) out.push_back({runtime, r.path / "Properties" / "Runtime"});
  }
  return out;
}

}  // namespace cfn::detail::checks
