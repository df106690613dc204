// W3905: no security group ingress rule opens SSH (TCP 22) or RDP (TCP/UDP
// 3389) to the whole internet (CidrIp 0.0.0.0/0 or CidrIpv6 ::/0), inline
// (AWS::EC2::SecurityGroup SecurityGroupIngress) or as an
// AWS::EC2::SecurityGroupIngress. Port ranges count (20-25 covers 22), and
// so does protocol -1 (every protocol and port). A Ref to a parameter is
// judged by the parameter's Default (the many "SSHLocation" parameters that
// default to 0.0.0.0/0); other functions are not judged.
#include <cctype>
#include <optional>

#include "cfn/intrinsics.hpp"
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace w3905 {

struct Resolved {
  const Value* value;          // the literal: in the rule, or a parameter's Default
  std::string_view parameter;  // the parameter it came from, or ""
};

std::optional<Resolved> resolve(const Context& ctx, const Value* v) {
  if (v == nullptr) return std::nullopt;
  if (!v->is_fn()) return Resolved{v, ""};
  if (!v->is_fn(FnKind::Ref)) return std::nullopt;
  const RefView ref(v->as_fn().argument());
  if (!ref.well_formed()) return std::nullopt;
  const std::string_view name = ref.name();
  const Map* params = ctx.view().section("Parameters");
  const Value* p = params != nullptr ? params->find(name) : nullptr;
  const Value* d = p != nullptr ? p->find("Default") : nullptr;
  if (d == nullptr || d->is_fn()) return std::nullopt;
  return Resolved{d, name};
}

std::optional<long long> port(const Context& ctx, const Value* v) {
  const auto r = resolve(ctx, v);
  if (!r) return std::nullopt;
  if (r->value->is_int()) return r->value->as_int();
  if (!r->value->is_string()) return std::nullopt;
  const std::string& s = r->value->as_string();
  if (s.empty() || s.size() > 6) return std::nullopt;
  std::size_t i = s[0] == '-' ? 1 : 0;
  if (i == s.size()) return std::nullopt;
  long long n = 0;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    n = n * 10 + (s[i] - '0');
  }
  return s[0] == '-' ? -n : n;
}

enum class Protocol { All, Tcp, Udp, Other };

std::optional<Protocol> protocol(const Context& ctx, const Value* v) {
  const auto r = resolve(ctx, v);
  if (!r) return std::nullopt;
  std::string s;
  if (r->value->is_int())
    s = std::to_string(r->value->as_int());
  else if (r->value->is_string())
    s = r->value->as_string();
  else
    return std::nullopt;
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (s == "-1" || s == "all") return Protocol::All;
  if (s == "tcp" || s == "6") return Protocol::Tcp;
  if (s == "udp" || s == "17") return Protocol::Udp;
  return Protocol::Other;
}

void check_rule(Context& ctx, const RuleInfo& rule, const Map& entry, const Path& path) {
  const Value* cidr = nullptr;
  std::optional<Resolved> source;
  for (std::string_view key : {"CidrIp", "CidrIpv6"}) {
    const Value* v = entry.find(key);
    const auto r = resolve(ctx, v);
    if (r && r->value->is_string() && (r->value->as_string() == "0.0.0.0/0" || r->value->as_string() == "::/0")) {
      cidr = v;
      source = r;
      break;
    }
  }
  if (cidr == nullptr) return;
  const auto proto = protocol(ctx, entry.find("IpProtocol"));
  if (!proto || *proto == Protocol::Other) return;
  bool ssh = false;
  bool rdp = false;
  if (*proto == Protocol::All) {
    ssh = rdp = true;
  } else {
    const auto from = port(ctx, entry.find("FromPort"));
    const auto to = port(ctx, entry.find("ToPort"));
    if (!from || !to) return;
    const long long lo = *from < 0 ? 0 : *from;
    const long long hi = *to < 0 ? 65535 : *to;
    ssh = *proto == Protocol::Tcp && lo <= 22 && 22 <= hi;
    rdp = lo <= 3389 && 3389 <= hi;
  }
  if (!ssh && !rdp) return;
  std::string what = *proto == Protocol::All ? "every port (IpProtocol -1), SSH (22) and RDP (3389) included, is"
                     : ssh && rdp            ? "SSH (port 22) and RDP (port 3389) are"
                     : ssh                   ? "SSH (port 22) is"
                                             : "RDP (port 3389) is";
  std::string message = what + " open to the whole internet (" + source->value->as_string() + ")";
  if (!source->parameter.empty())
    message += " by default: parameter " + std::string(source->parameter) + " defaults to it";
  message += "; allow only the addresses that need it, or use SSM Session Manager";
  ctx.report(rule, cidr->mark(), path, std::move(message));
}

void check(Context& ctx, const RuleInfo& rule) {
  for (const TemplateResource& r : ctx.view().resources()) {
    if (r.type == "AWS::EC2::SecurityGroupIngress") {
      const Value* props = r.find("Properties");
      if (props != nullptr && props->is_map()) check_rule(ctx, rule, props->as_map(), r.path / "Properties");
    } else if (r.type == "AWS::EC2::SecurityGroup") {
      const Value* ingress = r.property("SecurityGroupIngress");
      if (ingress == nullptr || !ingress->is_list()) continue;
      const Path base = r.path / "Properties" / "SecurityGroupIngress";
      for (std::size_t i = 0; i < ingress->as_list().size(); ++i) {
        const Value& item = ingress->as_list()[i];
        if (item.is_map()) {
          check_rule(ctx, rule, item.as_map(), base / i);
        } else if (item.is_fn(FnKind::If) && item.as_fn().argument().is_list() &&
                   item.as_fn().argument().as_list().size() == 3) {
          for (std::size_t b = 1; b < 3; ++b)
            if (item.as_fn().argument().as_list()[b].is_map())
              check_rule(ctx, rule, item.as_fn().argument().as_list()[b].as_map(), base / i);
        }
      }
    }
  }
}

}  // namespace w3905

extern const Rule kW3905{
    {.code = "W3905",
     .severity = Severity::Warning,
     .title = "SSH and RDP are not open to the whole internet",
     .description = "No ingress from 0.0.0.0/0 or ::/0 covers TCP 22 (SSH) or TCP/UDP 3389 (RDP), inline or "
                    "AWS::EC2::SecurityGroupIngress: port ranges count, protocol -1 counts; a Ref to a parameter is "
                    "judged by its Default. The most attacked ports.",
     .source = "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html"},
    w3905::check};

}  // namespace cfn::detail::checks
