// schema::Cursor: one way to follow a path through the specification.
#include <catch2/catch.hpp>

#include "cfn/parse.hpp"
#include "cfn/schema.hpp"

using cfn::schema::Cursor;
using cfn::schema::Shape;

namespace {

cfn::Value yaml(const std::string& text) { return cfn::parse_document("v: " + text + "\n", "t").root.as_map().at("v"); }

}  // namespace

TEST_CASE("cursor: keys, indexes and Fn::If through a resource's properties", "[schema][cursor]") {
  const Cursor props = Cursor::properties_of("AWS::EC2::Instance");
  REQUIRE(props.at() == Cursor::At::Properties);
  const Cursor ebs = props.key("BlockDeviceMappings").index(0).key("Ebs");
  REQUIRE(ebs.at() == Cursor::At::Value);
  REQUIRE(ebs.object());
  CHECK(ebs.object()->name() == "AWS::EC2::Instance.Ebs");
  const Cursor kms = ebs.key("KmsKeyId");
  CHECK(kms.property()->name() == "KmsKeyId");
  CHECK(kms.owner() == "AWS::EC2::Instance.Ebs");
  CHECK(kms.shapes().size() == 1);
  CHECK(kms.shapes()[0].shape == Shape::String);

  const Cursor nope = ebs.key("Nope");
  CHECK(nope.at() == Cursor::At::Untyped);
  CHECK(nope.unknown_property());
  CHECK(nope.owner() == "AWS::EC2::Instance.Ebs");
  CHECK(props.key("Nope").unknown_property());

  const Cursor type = props.key("InstanceType");
  const Cursor branches = type.function(cfn::FnKind::If);
  CHECK(branches.at() == Cursor::At::IfArguments);
  CHECK(branches.index(0).at() == Cursor::At::Untyped);
  CHECK(branches.index(2).at() == Cursor::At::Value);
  CHECK(branches.index(2).property()->name() == "InstanceType");
  CHECK(type.function(cfn::FnKind::Sub).at() == Cursor::At::Untyped);

  CHECK(Cursor::properties_of("Custom::Thing").at() == Cursor::At::Untyped);
  CHECK(Cursor::properties_of("AWS::Nope::Nope").at() == Cursor::At::Untyped);
}

TEST_CASE("cursor: JSON-typed values", "[schema][cursor]") {
  const Cursor doc = Cursor::properties_of("AWS::IAM::Role").key("AssumeRolePolicyDocument");
  CHECK(doc.in_json());
  CHECK(doc.key("Statement").at() == Cursor::At::Untyped);
  CHECK(doc.key("Statement").in_json());
  CHECK_FALSE(Cursor::properties_of("AWS::IAM::Role").key("RoleName").in_json());
}

TEST_CASE("cursor: resolve picks the alternative the value has", "[schema][cursor]") {
  const Cursor event = Cursor::properties_of("AWS::Serverless::Function").key("Events").key("Jobs").key("Properties");
  REQUIRE(event.at() == Cursor::At::Value);
  REQUIRE(event.shapes().size() > 1);  // fourteen event types
  CHECK_FALSE(event.object());         // cannot tell which before seeing the value
  const Cursor sqs = event.resolve(yaml("{Queue: q, BatchSize: 10}"));
  REQUIRE(sqs.object());
  CHECK(sqs.object()->name() == "AWS::Serverless::Function.SQSEvent");
  CHECK(sqs.key("BatchSize").at() == Cursor::At::Value);
  CHECK(event.resolve(yaml("{NoEventHasThis: 1}")).object() == std::nullopt);  // still several
  CHECK(event.resolve(yaml("plain")).shapes().size() == event.shapes().size());

  // A property that takes a list or an object: the value decides.
  const Cursor policies = Cursor::properties_of("AWS::Serverless::Function").key("Policies");
  REQUIRE(policies.shapes().size() >= 2);
  CHECK(policies.resolve(yaml("[a, b]")).shapes()[0].shape == Shape::List);
  CHECK(policies.resolve(yaml("{Statement: []}")).object());
}
