// The template pairs under tests/diff/pairs/: what the diff says about each.
#include <catch2/catch.hpp>

#include "support/diff_helpers.hpp"

using cfn::ChangeKind;
using cfn::DataFate;
using cfn::Impact;
using cfn::test::diff_pair;

TEST_CASE("pairs: a property changed in place", "[diff][pairs]") {
  const auto d = diff_pair("in_place_old.yaml", "in_place_new.yaml");
  REQUIRE(d.resources.size() == 1);
  const cfn::ResourceChange& r = d.resources[0];
  CHECK(r.kind == ChangeKind::Modified);
  CHECK(r.impact == Impact::Update);
  REQUIRE(r.changes.size() == 2);
  CHECK(cfn::to_string(r.changes[0].path) == "Properties.VisibilityTimeout");
  CHECK(*r.changes[0].old_value == cfn::Value(30));
  CHECK(*r.changes[0].new_value == cfn::Value(60));
  CHECK(cfn::to_string(r.changes[1].path) == "Properties.Tags[0].Value");
  CHECK_FALSE(r.data);  // an update does not touch the data
}

TEST_CASE("pairs: the subnet's CidrBlock replaces the subnet", "[diff][pairs]") {
  const auto d = diff_pair("subnet_cidr_old.yaml", "subnet_cidr_new.yaml");
  REQUIRE(d.resources.size() == 1);
  CHECK(d.resources[0].impact == Impact::Replace);
  CHECK(d.resources[0].changes.at(0).reason == "CidrBlock is Immutable");
  CHECK_FALSE(d.resources[0].data);  // a subnet holds no data
}

TEST_CASE("pairs: the volume's AvailabilityZone cannot be updated", "[diff][pairs]") {
  // The specification says Mutable; the documentation says updates are not
  // supported and CloudFormation fails the update (lib/diff/update_overrides.cpp).
  const auto d = diff_pair("volume_az_old.yaml", "volume_az_new.yaml");
  REQUIRE(d.resources.size() == 1);
  CHECK(d.resources[0].impact == Impact::Rejected);
  CHECK_FALSE(d.resources[0].data);  // nothing is deleted: the update fails
}

TEST_CASE("pairs: a changed logical id is a removal and an addition, linked", "[diff][pairs]") {
  const auto d = diff_pair("rename_old.yaml", "rename_new.yaml");
  REQUIRE(d.resources.size() == 2);
  const cfn::ResourceChange& removed = d.resources[0];
  const cfn::ResourceChange& added = d.resources[1];
  CHECK(removed.logical_id == "DataVolume");
  CHECK(removed.kind == ChangeKind::Removed);
  CHECK(removed.replaced_by == "Storage");
  REQUIRE(removed.data);
  CHECK(removed.data->fate == DataFate::Deleted);  // no DeletionPolicy: Delete
  CHECK(removed.data->by_default);
  CHECK(added.logical_id == "Storage");
  CHECK(added.kind == ChangeKind::Added);
  CHECK(added.replaces == "DataVolume");
  CHECK(added.impact == Impact::Replace);
  CHECK(d.summary().data_loss == 1);
}

TEST_CASE("pairs: a resource that only looks alike is not taken for a rename", "[diff][pairs]") {
  const auto d = cfn::test::diff_text(
      "Resources:\n  A: {Type: AWS::SQS::Queue, Properties: {DelaySeconds: 1, VisibilityTimeout: 5}}\n",
      "Resources:\n  B: {Type: AWS::SQS::Queue, Properties: {DelaySeconds: 2, VisibilityTimeout: 6}}\n"
      "  C: {Type: AWS::SNS::Topic}\n");
  REQUIRE(d.resources.size() == 3);
  for (const auto& r : d.resources) {
    CHECK(r.replaces.empty());
    CHECK(r.replaced_by.empty());
  }
}

TEST_CASE("pairs: reordered keys, other spellings and JSON are no change", "[diff][pairs]") {
  CHECK(diff_pair("reorder_old.yaml", "reorder_new.json").empty());
  CHECK(diff_pair("forms_old.yaml", "forms_new.yaml").empty());
}

TEST_CASE("pairs: outputs added, removed and changed", "[diff][pairs]") {
  const auto d = diff_pair("outputs_old.yaml", "outputs_new.yaml");
  CHECK(d.resources.empty());
  REQUIRE(d.entries.size() == 3);
  CHECK(d.entries[0].section == "Outputs");
  CHECK(d.entries[0].name == "TopicArn");
  CHECK(d.entries[0].kind == ChangeKind::Modified);
  REQUIRE(d.entries[0].changes.size() == 1);
  CHECK(cfn::to_string(d.entries[0].changes[0].path) == "Export");
  CHECK(d.entries[1].name == "Legacy");
  CHECK(d.entries[1].kind == ChangeKind::Removed);
  CHECK(d.entries[2].name == "TopicName");
  CHECK(d.entries[2].kind == ChangeKind::Added);
}

TEST_CASE("pairs: a removed volume with DeletionPolicy Delete loses its data, Snapshot keeps it", "[diff][pairs]") {
  auto d = diff_pair("volume_removed_delete_old.yaml", "volume_removed_delete_new.yaml");
  REQUIRE(d.resources.size() == 1);
  REQUIRE(d.resources[0].data);
  CHECK(d.resources[0].data->fate == DataFate::Deleted);
  CHECK(d.resources[0].data->value == "Delete");
  CHECK_FALSE(d.resources[0].data->by_default);
  CHECK(d.summary().data_loss == 1);

  d = diff_pair("volume_removed_snapshot_old.yaml", "volume_removed_snapshot_new.yaml");
  REQUIRE(d.resources.size() == 1);
  REQUIRE(d.resources[0].data);
  CHECK(d.resources[0].data->fate == DataFate::Snapshot);
  CHECK(d.summary().data_loss == 0);
}

TEST_CASE("pairs: a multi-line user-data change is a line diff", "[diff][pairs]") {
  const auto d = diff_pair("user_data_old.yaml", "user_data_new.yaml");
  REQUIRE(d.resources.size() == 1);
  REQUIRE(d.resources[0].changes.size() == 1);
  const cfn::ValueChange& c = d.resources[0].changes[0];
  CHECK(cfn::to_string(c.path) == "Properties.LaunchTemplateData.UserData.Fn::Base64.Fn::Sub");
  CHECK(c.impact == Impact::Update);
  const std::string text = cfn::format_diff(d, cfn::DiffFormat::Text);
  CHECK(text.find("        @@ -1,9 +1,9 @@\n"
                  "         #!/bin/bash\n"
                  "         set -euo pipefail\n"
                  "        -dnf install -y nginx\n"
                  "        +dnf install -y nginx amazon-cloudwatch-agent\n") != std::string::npos);
  CHECK(text.find("        -mount /dev/nvme1n1 /data\n        +mount -o noatime /dev/nvme1n1 /data\n") !=
        std::string::npos);
}
