// E3676: an Elastic Load Balancing v2 listener whose Protocol is HTTPS (an
// Application Load Balancer) or TLS (a Network Load Balancer) names its
// default certificate in Certificates: the listener terminates TLS and
// Elastic Load Balancing refuses to create it without one, which the
// registry schema does not say. A Protocol or Certificates given by a function
// is not judged; an empty list written in the template names none.
// Source:
// https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancingv2-listener.html
// (Certificates: the default certificate of a secure listener, which HTTPS
// and TLS listeners must have; further ones go in
// AWS::ElasticLoadBalancingV2::ListenerCertificate); cfn-lint E3676.
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e3676 {

void check(Context& ctx, const RuleInfo& rule) {
  for (const TemplateResource& r : ctx.view().resources()) {
    if (r.type != "AWS::ElasticLoadBalancingV2::Listener") continue;
    const Value* protocol = r.property("Protocol");
    if (protocol == nullptr || !protocol->is_string()) continue;
    const std::string& name = protocol->as_string();
    if (name != "HTTPS" && name != "TLS") continue;
    const Value* certificates = r.property("Certificates");
    if (certificates != nullptr && !(certificates->is_list() && certificates->as_list().empty())) continue;
    ctx.report(rule, protocol->mark(), r.path / "Properties" / "Protocol",
               "a listener with Protocol " + name +
                   " needs its default certificate: set Certificates to one CertificateArn (ACM or IAM)");
  }
}

}  // namespace e3676

extern const Rule kE3676{
    {.code = "E3676",
     .severity = Severity::Error,
     .title = "HTTPS and TLS listeners have a certificate",
     .description = "An AWS::ElasticLoadBalancingV2::Listener with Protocol HTTPS or TLS sets Certificates (its "
                    "default certificate): Elastic Load Balancing refuses a secure listener without one. A value "
                    "given by a function is not judged. cfn-lint: E3676.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
               "aws-resource-elasticloadbalancingv2-listener.html"},
    e3676::check};

}  // namespace cfn::detail::checks
