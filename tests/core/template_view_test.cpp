#include "cfn/template_view.hpp"

#include <catch2/catch.hpp>

#include "cfn/parse.hpp"

namespace {

cfn::Document doc(const std::string& yaml) { return cfn::parse_document(yaml, "t.yaml"); }

}  // namespace

TEST_CASE("template view: resources, names and their specification entries", "[core][view]") {
  const cfn::Document d = doc(R"(Parameters:
  Env: {Type: String}
Conditions:
  Prod: !Equals [!Ref Env, prod]
Mappings:
  M: {a: {b: c}}
Resources:
  Vol:
    Type: AWS::EC2::Volume
    Properties: {Size: 8}
  Mystery:
    Type: AWS::Nope::Nope
  Broken: 3
)");
  const cfn::TemplateView view(d);
  REQUIRE(view.resources().size() == 3);
  const cfn::TemplateResource& vol = view.resources()[0];
  CHECK(vol.id == "Vol");
  CHECK(vol.path == cfn::Path{"Resources", "Vol"});
  REQUIRE(vol.schema);
  CHECK(vol.schema->name() == "AWS::EC2::Volume");
  CHECK(vol.property("Size") != nullptr);
  CHECK_FALSE(view.resources()[1].schema);
  CHECK(view.resources()[2].body == nullptr);
  CHECK(view.resource("Vol") == &vol);
  CHECK(view.is_parameter("Env"));
  CHECK(view.is_condition("Prod"));
  CHECK(view.mapping("M") != nullptr);
  CHECK(view.section("Mappings") != nullptr);
  CHECK(view.parameter_and_resource_ids() == std::vector<std::string_view>{"Broken", "Env", "Mystery", "Vol"});
  CHECK(view.untransformed());
  CHECK(view.names_known());
}

TEST_CASE("template view: every intrinsic that names something, with its section and path", "[core][view]") {
  const cfn::Document d = doc(R"(Conditions:
  C: !Equals [!Ref P, x]
Resources:
  Q:
    Type: AWS::SQS::Queue
    DependsOn: [Other]
    Condition: C
    Properties:
      QueueName: !Sub "${AWS::StackName}-${P}"
      Tags: [{Key: k, Value: !GetAtt Other.Arn}]
Outputs:
  O:
    Condition: C
    Value: !If [C, !Ref Q, x]
)");
  const cfn::TemplateView view(d);
  std::vector<std::string> seen;
  for (const cfn::IntrinsicUse& in : view.intrinsics())
    seen.push_back(std::string(to_string(in.section)) + " " + std::string(cfn::fn_name(in.kind())) + " " +
                   cfn::to_string(in.path));
  CHECK(seen == std::vector<std::string>{
                    "Resources Fn::Sub Resources.Q.Properties.QueueName",
                    "Resources Fn::GetAtt Resources.Q.Properties.Tags[0].Value",
                    "Outputs Fn::If Outputs.O.Value",
                    "Outputs Ref Outputs.O.Value.Fn::If[1]",
                    "Conditions Ref Conditions.C.Fn::Equals[0]",
                });
  const cfn::IntrinsicUse& sub = view.intrinsics()[0];
  REQUIRE(sub.sub);
  CHECK(sub.sub->parts().size() == 3);
  CHECK(sub.resource == 0);
  CHECK(view.intrinsics()[2].resource == -1);
}

TEST_CASE("template view: what the transforms generate", "[core][view]") {
  const cfn::Document sam_doc = doc(R"(Transform: AWS::Serverless-2016-10-31
Resources:
  Fn: {Type: AWS::Serverless::Function}
)");
  const cfn::TemplateView sam(sam_doc);
  CHECK(sam.sam());
  CHECK_FALSE(sam.macros());
  CHECK(sam.names_known());
  CHECK(sam.generated("FnRole"));
  CHECK(sam.generated("ServerlessRestApi"));
  CHECK_FALSE(sam.generated("Other"));

  const cfn::Document loops_doc = doc(R"(Transform: AWS::LanguageExtensions
Resources:
  Fn::ForEach::Topics:
    - Name
    - [A, B]
    - Topic${Name}:
        Type: AWS::SNS::Topic
        Properties: {TopicName: !Ref Name}
)");
  const cfn::TemplateView loops(loops_doc);
  CHECK(loops.language_extensions());
  REQUIRE(loops.resources().size() == 1);
  CHECK(loops.resources()[0].templated);
  CHECK(loops.resources()[0].path == cfn::Path{"Resources", "Fn::ForEach::Topics", 2, "Topic${Name}"});
  CHECK(loops.generated("TopicA"));
  CHECK_FALSE(loops.generated("QueueA"));
  REQUIRE(loops.intrinsics().size() == 1);
  CHECK(loops.intrinsics()[0].in_loop("Name"));

  const cfn::Document modules_doc = doc("Resources:\n  Net:\n    Type: My::Org::Network::MODULE\n");
  const cfn::TemplateView modules(modules_doc);
  CHECK(modules.modules());
  CHECK(modules.generated("NetVpc"));
  CHECK(modules.names_known());

  const cfn::Document macro_doc = doc("Transform: [MyMacro]\nResources:\n  A: {Type: AWS::SNS::Topic}\n");
  const cfn::TemplateView macro(macro_doc);
  CHECK(macro.macros());
  CHECK_FALSE(macro.names_known());
  const cfn::Document include_doc =
      doc("Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties:\n      Fn::Transform: {Name: AWS::Include}\n");
  const cfn::TemplateView include(include_doc);
  CHECK_FALSE(include.macros());
  CHECK_FALSE(include.names_known());
}
