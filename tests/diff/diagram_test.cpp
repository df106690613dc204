// The Mermaid diagram of `cfnpp diff --format markdown`: the changed
// resources (added, removed, replaced by their own change or by a
// replacement that spreads, updated) and their direct neighbours, in OLD
// for a removed one; the expected diagram is written out by hand.
#include <catch2/catch.hpp>

#include "support/diff_helpers.hpp"
#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace {

const char* const kOld = R"(Resources:
  Bucket: {Type: AWS::S3::Bucket, Properties: {BucketName: old-name}}
  Policy: {Type: AWS::S3::BucketPolicy, Properties: {Bucket: !Ref Bucket, PolicyDocument: {}}}
  Topic: {Type: AWS::SNS::Topic}
  Queue: {Type: AWS::SQS::Queue}
  Old: {Type: AWS::SNS::Subscription, Properties: {TopicArn: !Ref Topic, Protocol: email, Endpoint: a@example.com}}
  Far: {Type: AWS::SQS::Queue}
  Farther: {Type: AWS::SQS::QueuePolicy, Properties: {Queues: [!Ref Far], PolicyDocument: {}}}
)";

const char* const kNew = R"(Resources:
  Bucket: {Type: AWS::S3::Bucket, Properties: {BucketName: new-name}}
  Policy: {Type: AWS::S3::BucketPolicy, Properties: {Bucket: !Ref Bucket, PolicyDocument: {}}}
  Topic: {Type: AWS::SNS::Topic, Properties: {DisplayName: alarms}}
  Queue: {Type: AWS::SQS::Queue}
  Far: {Type: AWS::SQS::Queue}
  Farther: {Type: AWS::SQS::QueuePolicy, Properties: {Queues: [!Ref Far], PolicyDocument: {}}}
  Added: {Type: AWS::SNS::Topic, DependsOn: Queue}
)";

// Bucket is replaced (BucketName), Policy with it (Bucket is Immutable),
// Topic updated, Old removed (it referred to Topic), Added added (it
// depends on Queue, a neighbour); Far and Farther are not neighbours.
const char* const kDiagram = R"(```mermaid
flowchart LR
  classDef replace fill:#ffebe9,stroke:#cf222e,color:#1f2328,stroke-width:2px
  classDef update fill:#fff8c5,stroke:#9a6700,color:#1f2328
  classDef removed fill:#eaeef2,stroke:#57606a,color:#57606a
  classDef added fill:#dafbe1,stroke:#1a7f37,color:#1f2328
  subgraph g0["S3"]
    R_Bucket["Bucket<br/>AWS::S3::Bucket<br/>REPLACE"]:::replace
    R_Policy["Policy<br/>AWS::S3::BucketPolicy<br/>REPLACE"]:::replace
  end
  subgraph g1["SNS"]
    R_Added["Added<br/>AWS::SNS::Topic<br/>added"]:::added
    R_Old["Old<br/>AWS::SNS::Subscription<br/>removed"]:::removed
    R_Topic["Topic<br/>AWS::SNS::Topic<br/>update"]:::update
  end
  subgraph g2["SQS"]
    R_Queue["Queue<br/>AWS::SQS::Queue"]
  end
  R_Added -.-> R_Queue
  R_Policy --> R_Bucket
  R_Old --> R_Topic
```
)";

}  // namespace

TEST_CASE("diff markdown: a Mermaid diagram of the changed resources and their neighbours", "[diff][output]") {
  const cfn::Document old_doc = cfn::parse_document(kOld, "old.yaml");
  const cfn::Document new_doc = cfn::parse_document(kNew, "new.yaml");
  const cfn::TemplateDiff d = cfn::diff_templates(old_doc.root, new_doc.root);
  cfn::DiffOutputOptions options;
  options.old_document = &old_doc.root;
  options.new_document = &new_doc.root;
  const std::string md = cfn::format_diff(d, cfn::DiffFormat::Markdown, options);
  const std::size_t at = md.find("```mermaid\n");
  REQUIRE(at != std::string::npos);
  CHECK(md.substr(at, std::string(kDiagram).size()) == kDiagram);
  CHECK(md.find("\n#### Resources") > at);  // after the table, before the details
  // Without the templates there is no diagram; the rest is the same.
  const std::string plain = cfn::format_diff(d, cfn::DiffFormat::Markdown);
  CHECK(plain.find("```mermaid") == std::string::npos);
  CHECK(plain.substr(0, plain.find("\n#### Resources")) == md.substr(0, at - 1));
}

TEST_CASE("diff markdown: the CLI draws the diagram, and none without resource changes", "[diff][output][cli]") {
  cfn::test::TempDir dir;
  const auto a = dir / "old.yaml";
  const auto b = dir / "new.yaml";
  cfn::write_file_atomically(a, kOld);
  cfn::write_file_atomically(b, kNew);
  auto r = cfn::test::run_cli({"diff", "--format", "markdown", a.string(), b.string()});
  CHECK(r.code == 1);
  CHECK(r.out.find(kDiagram) != std::string::npos);
  cfn::write_file_atomically(b, std::string(kOld) + "Outputs:\n  X: {Value: !Ref Topic}\n");
  r = cfn::test::run_cli({"diff", "--format", "markdown", a.string(), b.string()});
  CHECK(r.code == 1);
  CHECK(r.out.find("```mermaid") == std::string::npos);
}

TEST_CASE("diff markdown: past 100 resources to draw, a sentence instead of the diagram", "[diff][output]") {
  std::string old_text = "Resources:\n";
  std::string new_text = "Resources:\n";
  for (int i = 0; i < 101; ++i) {
    old_text += "  T" + std::to_string(i) + ": {Type: AWS::SNS::Topic}\n";
    new_text += "  T" + std::to_string(i) + ": {Type: AWS::SNS::Topic, Properties: {DisplayName: x}}\n";
  }
  const cfn::Document old_doc = cfn::parse_document(old_text, "old.yaml");
  const cfn::Document new_doc = cfn::parse_document(new_text, "new.yaml");
  cfn::DiffOutputOptions options;
  options.old_document = &old_doc.root;
  options.new_document = &new_doc.root;
  const std::string md =
      cfn::format_diff(cfn::diff_templates(old_doc.root, new_doc.root), cfn::DiffFormat::Markdown, options);
  CHECK(md.find("```mermaid") == std::string::npos);
  CHECK(md.find("\nThe diagram is left out: 101 changed resources and neighbours are more than 100.\n") !=
        std::string::npos);
}
